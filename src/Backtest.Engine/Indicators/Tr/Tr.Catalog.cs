namespace Backtest.Engine.Indicators;

public static partial class Tr
{
    /// <summary>Catalog entry: <c>Tr()</c>; output <c>Tr</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Tr", "True Range", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [], ["Tr"],
        (candles, _) => [Series(candles)],
        _ => new TrStream(),
        aliases: ["TrueRange"]);
}
