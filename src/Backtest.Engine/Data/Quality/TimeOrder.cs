namespace Backtest.Engine.Data.Quality;

/// <summary>Time-order helpers shared by the checker and the repair.</summary>
internal static class TimeOrder
{
    /// <summary>
    /// Row indices in open-time order, rows with equal times kept in file order (a stable sort); null when the
    /// rows are already in non-decreasing time order, so the common case costs one pass and no allocation.
    /// </summary>
    public static int[]? SortedIndices(ReadOnlySpan<long> times)
    {
        bool ascending = true;
        for (int i = 1; i < times.Length && ascending; i++) ascending = times[i] >= times[i - 1];
        if (ascending) return null;
        long[] keys = times.ToArray();
        int[] order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(keys, order);
        // Array.Sort is not stable: put each run of equal times back into file order.
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }
        return order;
    }

    /// <summary>How many candles of <paramref name="interval"/> fit strictly between open times <paramref name="earlierMs"/> and <paramref name="laterMs"/>.</summary>
    public static long MissingBetween(Interval interval, long earlierMs, long laterMs)
    {
        if (laterMs <= earlierMs) return 0;
        if (interval.IsCalendarMonth) return Math.Max(0, MonthIndex(laterMs) - MonthIndex(earlierMs) - 1);
        return Math.Max(0, (laterMs - earlierMs) / interval.Milliseconds - 1);
    }

    private static long MonthIndex(long epochMs)
    {
        var t = CandleSeries.ToUtc(epochMs);
        return t.Year * 12L + t.Month;
    }
}
