namespace Backtest.Engine.Metrics;

/// <summary>How long trades stay open, from the entry fill to the exit fill.</summary>
/// <remarks>
/// Formulas: mean and maximum of <c>ExitTime − EntryTime</c> (<see cref="TradeOutcome.Duration"/>), clock time as
/// backtesting.py measures it. Edge policy: no trades → null (a duration has no NaN, and zero would read as
/// instant trades).
/// </remarks>
public static class TradeDuration
{
    /// <summary>Mean trade duration, truncated to whole ticks; null without trades.</summary>
    public static TimeSpan? Average(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0) return null;
        // Summing ticks in 128 bits: many long trades can exceed a long's range in principle.
        Int128 sum = 0;
        for (int i = 0; i < trades.Count; i++) sum += trades[i].Duration.Ticks;
        return TimeSpan.FromTicks((long)(sum / trades.Count));
    }

    /// <summary>Longest trade duration; null without trades.</summary>
    public static TimeSpan? Max(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0) return null;
        var longest = TimeSpan.MinValue;
        for (int i = 0; i < trades.Count; i++)
        {
            if (trades[i].Duration > longest) longest = trades[i].Duration;
        }
        return longest;
    }
}
