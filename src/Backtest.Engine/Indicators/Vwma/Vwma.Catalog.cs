namespace Backtest.Engine.Indicators;

public static partial class Vwma
{
    /// <summary>Catalog entry: <c>Vwma(lookbackPeriods=20)</c>; output <c>Vwma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Vwma", "Volume Weighted Moving Average", IndicatorInputs.Close | IndicatorInputs.Volume,
        [VwmaParameters.LookbackPeriodsParameter], ["Vwma"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new VwmaStream(p.Whole(0)));
}
