using Backtest.Engine.Data;

namespace Backtest.Engine.Metrics;

/// <summary>
/// Drawdown episodes: each stretch from a peak until the equity regains it (or the data ends), summarised as the
/// longest duration and the average depth and duration.
/// </summary>
/// <remarks>
/// <para>Definition (backtesting.py's <c>compute_drawdown_duration_peaks</c>): the value path is the initial cash C,
/// then the equity at each bar's close. An episode starts at the last point at its running peak and ends at the next
/// point that reaches the peak again (equal counts), or at the last bar when it never does. Its duration is the
/// time between those points, where C stands at bar 0's open and <c>E[i]</c> at bar i's close (<see cref="Interval.Next"/>
/// of its open time); its bars are the number of bar steps between them; its depth is its deepest drawdown
/// (<see cref="Drawdown"/>), reached at its lowest point since the peak does not move during an episode.</para>
/// <para>Edge policy: no episode (a curve that never falls below its peak) → longest duration zero, average depth
/// NaN and average duration null, since an average over no episodes is undefined (backtesting.py gives NaN).</para>
/// </remarks>
public static class DrawdownEpisodes
{
    /// <summary>Summarises the episodes of an equity curve in one pass.</summary>
    /// <param name="equity">Equity at each bar's close.</param>
    /// <param name="initialCash">Account value before bar 0 (the first peak).</param>
    /// <param name="openTimeMs">Each bar's open time, epoch ms, as long as <paramref name="equity"/>.</param>
    /// <param name="interval">The bar interval, for the bars' close times.</param>
    public static DrawdownEpisodeSummary Scan(ReadOnlySpan<double> equity, double initialCash, ReadOnlySpan<long> openTimeMs, Interval interval)
    {
        var totals = new EpisodeTotals();
        double peak = initialCash, trough = initialCash;
        int peakPoint = 0;
        for (int p = 1; p <= equity.Length; p++)
        {
            double value = equity[p - 1];
            if (value >= peak)
            {
                if (trough < peak) totals.Add(peak, trough, peakPoint, p, openTimeMs, interval);
                peak = trough = value;
                peakPoint = p;
            }
            else
            {
                trough = Math.Min(trough, value);
            }
        }
        if (trough < peak) totals.Add(peak, trough, peakPoint, equity.Length, openTimeMs, interval);
        return totals.Summary(peak);
    }

    /// <summary>When value-path point <paramref name="point"/> stands: 0 is bar 0's open, p ≥ 1 is bar p−1's close.</summary>
    private static long PointTimeMs(int point, ReadOnlySpan<long> openTimeMs, Interval interval) =>
        point == 0 ? openTimeMs[0] : interval.Next(openTimeMs[point - 1]);

    private struct EpisodeTotals
    {
        private int _count, _longestBars;
        private long _longestMs, _sumMs, _sumBars;
        private double _sumDepth, _maxDepth, _maxFall;

        public void Add(double peak, double trough, int startPoint, int endPoint, ReadOnlySpan<long> openTimeMs, Interval interval)
        {
            long ms = PointTimeMs(endPoint, openTimeMs, interval) - PointTimeMs(startPoint, openTimeMs, interval);
            int bars = endPoint - startPoint;
            double depth = 1 - (trough / peak);
            _count++;
            _sumDepth += depth;
            _maxDepth = Math.Max(_maxDepth, depth);
            _maxFall = Math.Max(_maxFall, peak - trough);
            _sumMs += ms;
            _sumBars += bars;
            _longestMs = Math.Max(_longestMs, ms);
            _longestBars = Math.Max(_longestBars, bars);
        }

        public readonly DrawdownEpisodeSummary Summary(double peak) => _count == 0
            ? new DrawdownEpisodeSummary(0, TimeSpan.Zero, 0, double.NaN, null, double.NaN, 0, 0, peak)
            : new DrawdownEpisodeSummary(
                _count,
                TimeSpan.FromMilliseconds(_longestMs),
                _longestBars,
                _sumDepth / _count * 100,
                TimeSpan.FromTicks(_sumMs * TimeSpan.TicksPerMillisecond / _count),
                (double)_sumBars / _count,
                _maxDepth * 100,
                _maxFall,
                peak);
    }
}

/// <summary>What <see cref="DrawdownEpisodes.Scan"/> found.</summary>
/// <param name="Count">Number of episodes, the last one included even when not recovered.</param>
/// <param name="LongestDuration">Duration of the longest episode in time (zero when none).</param>
/// <param name="LongestBars">Bar steps of the longest episode in bars (0 when none).</param>
/// <param name="AverageDepthPct">Mean of the episodes' deepest drawdowns, percent (NaN when none).</param>
/// <param name="AverageDuration">Mean episode duration (null when none).</param>
/// <param name="AverageBars">Mean episode length in bar steps (NaN when none).</param>
/// <param name="MaxDepthPct">The deepest episode's depth, percent: the same value as <see cref="MaxDrawdown.Pct"/>.</param>
/// <param name="MaxFallQuote">The largest peak-to-trough fall, quote currency: the same value as <see cref="MaxDrawdown.Quote"/>.</param>
/// <param name="PeakValue">The highest point of the value path (the initial cash or a bar's equity).</param>
public readonly record struct DrawdownEpisodeSummary(
    int Count,
    TimeSpan LongestDuration,
    int LongestBars,
    double AverageDepthPct,
    TimeSpan? AverageDuration,
    double AverageBars,
    double MaxDepthPct,
    double MaxFallQuote,
    double PeakValue);
