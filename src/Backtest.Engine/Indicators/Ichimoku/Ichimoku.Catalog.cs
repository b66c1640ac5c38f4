namespace Backtest.Engine.Indicators;

public static partial class Ichimoku
{
    /// <summary>Catalog entry: <c>Ichimoku(tenkanPeriods=9, kijunPeriods=26, senkouBPeriods=52)</c>; outputs TenkanSen, KijunSen, SenkouSpanA, SenkouSpanB.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Ichimoku", "Ichimoku Cloud", IndicatorInputs.High | IndicatorInputs.Low,
        [IchimokuParameters.TenkanPeriodsParameter, IchimokuParameters.KijunPeriodsParameter, IchimokuParameters.SenkouBPeriodsParameter],
        ["TenkanSen", "KijunSen", "SenkouSpanA", "SenkouSpanB"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.TenkanSen, r.KijunSen, r.SenkouSpanA, r.SenkouSpanB];
        },
        p => new IchimokuStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        aliases: ["IchimokuCloud"],
        validate: p => _ = new IchimokuParameters(p.Whole(0), p.Whole(1), p.Whole(2)));
}
