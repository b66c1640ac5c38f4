namespace Backtest.Engine.Indicators;

public static partial class StdDevChannels
{
    /// <summary>Catalog entry: <c>StdDevChannels(lookbackPeriods=20, stdDeviations=2)</c> of close; outputs Centerline, UpperChannel, LowerChannel.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "StdDevChannels", "Standard Deviation Channels (rolling)", IndicatorInputs.Close,
        [StdDevChannelsParameters.LookbackPeriodsParameter, StdDevChannelsParameters.StdDeviationsParameter],
        ["Centerline", "UpperChannel", "LowerChannel"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p[1]);
            return [r.Centerline, r.UpperChannel, r.LowerChannel];
        },
        p => new StdDevChannelsStream(p.Whole(0), p[1]),
        aliases: ["StdevChannels", "StdDevChannel"]);
}
