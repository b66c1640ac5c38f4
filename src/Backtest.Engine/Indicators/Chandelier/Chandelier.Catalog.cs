namespace Backtest.Engine.Indicators;

public static partial class Chandelier
{
    /// <summary>Catalog entry: <c>Chandelier(lookbackPeriods=22, multiplier=3, type=0)</c>; output <c>ChandelierExit</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Chandelier", "Chandelier Exit", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [ChandelierParameters.LookbackPeriodsParameter, ChandelierParameters.MultiplierParameter, ChandelierParameters.TypeParameter],
        ["ChandelierExit"],
        (candles, p) => [Series(candles, p.Whole(0), p[1], p.Whole(2))],
        p => new ChandelierStream(p.Whole(0), p[1], p.Whole(2)),
        aliases: ["ChandelierExit"]);
}
