using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// ConnorsRSI with its parts (Stock.Indicators <c>ToConnorsRsi</c>). Warm-up: Streak is defined from the first
/// value, Rsi after <c>rsiPeriods</c> values, RsiStreak from index <c>streakPeriods + 2</c>, PercentRank from index
/// <c>rankPeriods</c>, ConnorsRsi from index <c>max(rsiPeriods, streakPeriods, rankPeriods) + 1</c>. PercentRank
/// is a whole percent, truncated, exactly as Stock.Indicators computes it (Connors' definition does not truncate).
/// After a NaN input each part restarts as its own rule says; the RSIs follow <see cref="Rsi"/>'s differences.
/// </summary>
public static partial class ConnorsRsi
{
    /// <summary>ConnorsRSI of <paramref name="values"/>.</summary>
    public static ConnorsRsiResult Series(
        ReadOnlySpan<double> values, int rsiPeriods = ConnorsRsiParameters.DefaultRsiPeriods,
        int streakPeriods = ConnorsRsiParameters.DefaultStreakPeriods, int rankPeriods = ConnorsRsiParameters.DefaultRankPeriods)
    {
        var kernel = new ConnorsRsiKernel(new ConnorsRsiParameters(rsiPeriods, streakPeriods, rankPeriods));
        int count = values.Length;
        double[] streak = IndicatorColumn.Allocate(count), rsi = IndicatorColumn.Allocate(count), rsiStreak = IndicatorColumn.Allocate(count),
            percentRank = IndicatorColumn.Allocate(count), connorsRsi = IndicatorColumn.Allocate(count);
        for (int i = 0; i < count; i++)
        {
            var point = kernel.Update(values[i]);
            streak[i] = point.Streak;
            rsi[i] = point.Rsi;
            rsiStreak[i] = point.RsiStreak;
            percentRank[i] = point.PercentRank;
            connorsRsi[i] = point.ConnorsRsi;
        }
        return new ConnorsRsiResult(streak, rsi, rsiStreak, percentRank, connorsRsi);
    }

    /// <summary>ConnorsRSI of the close prices of <paramref name="candles"/>.</summary>
    public static ConnorsRsiResult Series(
        CandleSeries candles, int rsiPeriods = ConnorsRsiParameters.DefaultRsiPeriods,
        int streakPeriods = ConnorsRsiParameters.DefaultStreakPeriods, int rankPeriods = ConnorsRsiParameters.DefaultRankPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, rsiPeriods, streakPeriods, rankPeriods);
    }
}
