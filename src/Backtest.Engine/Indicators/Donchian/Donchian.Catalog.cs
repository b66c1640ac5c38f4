namespace Backtest.Engine.Indicators;

public static partial class Donchian
{
    /// <summary>Catalog entry: <c>Donchian(lookbackPeriods=20)</c>; outputs UpperBand, Centerline, LowerBand, Width.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Donchian", "Donchian Channels", IndicatorInputs.High | IndicatorInputs.Low,
        [DonchianParameters.LookbackPeriodsParameter], ["UpperBand", "Centerline", "LowerBand", "Width"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.UpperBand, r.Centerline, r.LowerBand, r.Width];
        },
        p => new DonchianStream(p.Whole(0)),
        aliases: ["DonchianChannels"]);
}
