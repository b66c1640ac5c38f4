namespace Backtest.Engine.Indicators;

public static partial class AtrStop
{
    /// <summary>Catalog entry: <c>AtrStop(lookbackPeriods=21, multiplier=3, endType=0)</c>; outputs AtrStop, Direction, Atr.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "AtrStop", "ATR Trailing Stop", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [AtrStopParameters.LookbackPeriodsParameter, AtrStopParameters.MultiplierParameter, AtrStopParameters.EndTypeParameter],
        ["AtrStop", "Direction", "Atr"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p[1], p.Whole(2));
            return [r.AtrStop, r.Direction, r.Atr];
        },
        p => new AtrStopStream(p.Whole(0), p[1], p.Whole(2)),
        aliases: ["AtrTrailingStop"]);
}
