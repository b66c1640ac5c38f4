namespace Backtest.Engine.Indicators;

public static partial class ElderRay
{
    /// <summary>Catalog entry: <c>ElderRay(lookbackPeriods=13)</c>; outputs Ema, BullPower, BearPower.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "ElderRay", "Elder-ray Index", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [ElderRayParameters.LookbackPeriodsParameter], ["Ema", "BullPower", "BearPower"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.Ema, r.BullPower, r.BearPower];
        },
        p => new ElderRayStream(p.Whole(0)));
}
