namespace Backtest.Engine.Indicators;

public static partial class Keltner
{
    /// <summary>Catalog entry: <c>Keltner(emaPeriods=20, multiplier=2, atrPeriods=10)</c>; outputs UpperBand, Centerline, LowerBand, Width.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Keltner", "Keltner Channels", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [KeltnerParameters.EmaPeriodsParameter, KeltnerParameters.MultiplierParameter, KeltnerParameters.AtrPeriodsParameter],
        ["UpperBand", "Centerline", "LowerBand", "Width"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p[1], p.Whole(2));
            return [r.UpperBand, r.Centerline, r.LowerBand, r.Width];
        },
        p => new KeltnerStream(p.Whole(0), p[1], p.Whole(2)),
        aliases: ["KeltnerChannels"]);
}
