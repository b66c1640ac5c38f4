namespace Backtest.Engine.Indicators;

public static partial class Obv
{
    /// <summary>Catalog entry: <c>Obv()</c>; output <c>Obv</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Obv", "On-Balance Volume", IndicatorInputs.Close | IndicatorInputs.Volume,
        [], ["Obv"],
        (candles, _) => [Series(candles)],
        _ => new ObvStream());
}
