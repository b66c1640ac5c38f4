namespace Backtest.Engine.Indicators;

public static partial class Ema
{
    /// <summary>Catalog entry: <c>Ema(lookbackPeriods=20)</c> of close; output <c>Ema</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Ema", "Exponential Moving Average", IndicatorInputs.Close,
        [EmaParameters.LookbackPeriodsParameter], ["Ema"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new EmaStream(p.Whole(0)));
}
