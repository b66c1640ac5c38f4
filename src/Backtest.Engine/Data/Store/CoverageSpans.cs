namespace Backtest.Engine.Data.Store;

/// <summary>
/// Arithmetic on covered spans: half-open <c>[FromMs, ToMs)</c> ranges of open times, sorted and disjoint,
/// where <see cref="long.MinValue"/> as a start means "from the source's very beginning".
/// </summary>
internal static class CoverageSpans
{
    /// <summary>The parts of <c>[fromMs, toMs)</c> that no span in <paramref name="covered"/> contains, ascending.</summary>
    /// <param name="covered">Sorted, disjoint, non-adjacent spans (as the store keeps them).</param>
    /// <param name="fromMs">Start of the wanted range.</param>
    /// <param name="toMs">End (exclusive) of the wanted range.</param>
    public static List<(long FromMs, long ToMs)> Missing(IReadOnlyList<(long FromMs, long ToMs)> covered, long fromMs, long toMs)
    {
        var missing = new List<(long FromMs, long ToMs)>();
        long cursor = fromMs;
        foreach (var (from, to) in covered)
        {
            if (cursor >= toMs) break;
            if (to <= cursor) continue;
            if (from > cursor) missing.Add((cursor, Math.Min(from, toMs)));
            cursor = Math.Max(cursor, to);
        }
        if (cursor < toMs) missing.Add((cursor, toMs));
        return missing;
    }

    /// <summary>How many bars of <paramref name="interval"/> fit in the spans, or null when one is unbounded below.</summary>
    public static long? Bars(IReadOnlyList<(long FromMs, long ToMs)> spans, Interval interval)
    {
        long total = 0;
        foreach (var (from, to) in spans)
        {
            if (from == long.MinValue) return null;
            total += (to - from + interval.Milliseconds - 1) / interval.Milliseconds;
        }
        return total;
    }
}
