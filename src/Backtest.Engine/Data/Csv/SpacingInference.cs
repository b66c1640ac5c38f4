namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Tells a series' interval from its open times: the most common spacing between consecutive distinct
/// times (in time order), mapped to an <see cref="Interval"/>. Spacings of 28–31 days count as one
/// calendar month. Weekend and holiday gaps in equity data do not fool it as long as most steps are regular.
/// </summary>
internal static class SpacingInference
{
    private const long Day = 86_400_000L;
    private const long MonthKey = -1;

    /// <summary>How many consecutive spacings are examined; enough for a stable mode, cheap for a million rows.</summary>
    private const int SampleSize = 20_000;

    /// <summary>The most common spacing as text (e.g. <c>1h</c>, <c>2d 3h</c>, <c>1 month</c>), or null with fewer than two distinct times.</summary>
    public static (string Text, Interval? Interval)? MostCommon(ReadOnlySpan<long> openTimes)
    {
        if (openTimes.Length < 2) return null;
        long[] times = openTimes[..Math.Min(openTimes.Length, SampleSize + 1)].ToArray();
        if (!IsAscending(times))
        {
            // An unsorted file: look at the whole thing in time order.
            times = openTimes.ToArray();
            Array.Sort(times);
        }
        var counts = new Dictionary<long, int>();
        for (int i = 1; i < times.Length && i <= SampleSize; i++)
        {
            long delta = times[i] - times[i - 1];
            if (delta <= 0) continue;
            long key = delta is >= 28 * Day and <= 31 * Day ? MonthKey : delta;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        if (counts.Count == 0) return null;
        long mode = counts.MaxBy(pair => (pair.Value, -pair.Key)).Key;
        if (mode == MonthKey) return ("1 month", Interval.All.First(i => i.IsCalendarMonth));
        var match = Interval.All.Where(i => !i.IsCalendarMonth && i.Milliseconds == mode).Select(i => (Interval?)i).FirstOrDefault();
        return (Describe(mode), match);
    }

    /// <summary>A spacing in readable units.</summary>
    public static string Describe(long ms)
    {
        var span = TimeSpan.FromMilliseconds(ms);
        var parts = new List<string>();
        if (span.Days > 0) parts.Add($"{span.Days}d");
        if (span.Hours > 0) parts.Add($"{span.Hours}h");
        if (span.Minutes > 0) parts.Add($"{span.Minutes}m");
        if (span.Seconds > 0 || span.Milliseconds > 0) parts.Add(span.Milliseconds > 0 ? $"{span.TotalSeconds % 60:0.###}s" : $"{span.Seconds}s");
        return string.Join(' ', parts);
    }

    private static bool IsAscending(ReadOnlySpan<long> times)
    {
        for (int i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1]) return false;
        }
        return true;
    }
}
