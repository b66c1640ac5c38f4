namespace Backtest.Engine.Indicators;

public static partial class ConnorsRsi
{
    /// <summary>Catalog entry: <c>ConnorsRsi(rsiPeriods=3, streakPeriods=2, rankPeriods=100)</c> of close; outputs Streak, Rsi, RsiStreak, PercentRank, ConnorsRsi.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "ConnorsRsi", "ConnorsRSI", IndicatorInputs.Close,
        [ConnorsRsiParameters.RsiPeriodsParameter, ConnorsRsiParameters.StreakPeriodsParameter, ConnorsRsiParameters.RankPeriodsParameter],
        ["Streak", "Rsi", "RsiStreak", "PercentRank", "ConnorsRsi"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Streak, r.Rsi, r.RsiStreak, r.PercentRank, r.ConnorsRsi];
        },
        p => new ConnorsRsiStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        aliases: ["Crsi"]);
}
