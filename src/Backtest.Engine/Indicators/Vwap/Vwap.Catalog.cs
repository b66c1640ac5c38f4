namespace Backtest.Engine.Indicators;

public static partial class Vwap
{
    /// <summary>Catalog entry: <c>Vwap()</c>, cumulative from the first bar; output <c>Vwap</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Vwap", "Volume Weighted Average Price", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [], ["Vwap"],
        (candles, _) => [Series(candles)],
        _ => new VwapStream());
}
