namespace Backtest.Engine.Indicators;

public static partial class Dema
{
    /// <summary>Catalog entry: <c>Dema(lookbackPeriods=14)</c> of close; output <c>Dema</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Dema", "Double Exponential Moving Average", IndicatorInputs.Close,
        [DemaParameters.LookbackPeriodsParameter], ["Dema"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new DemaStream(p.Whole(0)));
}
