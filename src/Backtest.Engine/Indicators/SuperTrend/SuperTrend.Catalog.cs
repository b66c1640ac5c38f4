namespace Backtest.Engine.Indicators;

public static partial class SuperTrend
{
    /// <summary>Catalog entry: <c>SuperTrend(lookbackPeriods=10, multiplier=3)</c>; outputs SuperTrend, Direction.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "SuperTrend", "SuperTrend", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [SuperTrendParameters.LookbackPeriodsParameter, SuperTrendParameters.MultiplierParameter], ["SuperTrend", "Direction"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p[1]);
            return [r.SuperTrend, r.Direction];
        },
        p => new SuperTrendStream(p.Whole(0), p[1]));
}
