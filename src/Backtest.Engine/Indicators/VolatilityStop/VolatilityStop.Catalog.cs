namespace Backtest.Engine.Indicators;

public static partial class VolatilityStop
{
    /// <summary>Catalog entry: <c>VolatilityStop(lookbackPeriods=7, multiplier=3)</c>; outputs Sar, IsStop.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "VolatilityStop", "Volatility Stop", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [VolatilityStopParameters.LookbackPeriodsParameter, VolatilityStopParameters.MultiplierParameter], ["Sar", "IsStop"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p[1]);
            return [r.Sar, r.IsStop];
        },
        p => new VolatilityStopStream(p.Whole(0), p[1]),
        aliases: ["VolStop", "VolatilitySystem"]);
}
