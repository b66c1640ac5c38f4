namespace Backtest.Engine.Indicators;

public static partial class Sma
{
    /// <summary>Catalog entry: <c>Sma(lookbackPeriods=20)</c> of close; output <c>Sma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Sma", "Simple Moving Average", IndicatorInputs.Close,
        [SmaParameters.LookbackPeriodsParameter], ["Sma"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new SmaStream(p.Whole(0)));
}
