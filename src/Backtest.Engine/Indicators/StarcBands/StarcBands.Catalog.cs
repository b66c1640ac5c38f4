namespace Backtest.Engine.Indicators;

public static partial class StarcBands
{
    /// <summary>Catalog entry: <c>StarcBands(smaPeriods=5, multiplier=2, atrPeriods=10)</c>; outputs UpperBand, Centerline, LowerBand.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "StarcBands", "STARC Bands", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [StarcBandsParameters.SmaPeriodsParameter, StarcBandsParameters.MultiplierParameter, StarcBandsParameters.AtrPeriodsParameter],
        ["UpperBand", "Centerline", "LowerBand"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p[1], p.Whole(2));
            return [r.UpperBand, r.Centerline, r.LowerBand];
        },
        p => new StarcBandsStream(p.Whole(0), p[1], p.Whole(2)),
        aliases: ["Starc"]);
}
