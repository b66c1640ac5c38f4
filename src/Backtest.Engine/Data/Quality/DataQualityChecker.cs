using System.Globalization;

namespace Backtest.Engine.Data.Quality;

/// <summary>
/// Checks a series for what would make a backtest wrong or suspicious and reports it as a
/// <see cref="DataQualityReport"/>; it never changes or rejects the series (see <see cref="DataQuality.Apply"/> for that).
/// O(n) for a series in time order, O(n log n) otherwise.
/// </summary>
public static class DataQualityChecker
{
    /// <summary><see cref="DataQualityReport.Issues"/> lists at most this many rows per issue kind.</summary>
    public const int MaxIssuesPerKind = 100;

    /// <summary>A wick longer than this many median bar ranges is an outlier (see <see cref="DataQualityReport.OutlierWicks"/>).</summary>
    public const double OutlierWickThreshold = 20;

    /// <summary>
    /// Checks <paramref name="series"/>. <paramref name="asOf"/> (default: now) decides whether the last candle had
    /// closed: it is incomplete when its open time plus one interval is later than <paramref name="asOf"/>.
    /// </summary>
    public static DataQualityReport Check(CandleSeries series, DateTime? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        int n = series.Count;
        var times = series.OpenTimeMs;
        var issues = new IssueList(series);
        var flags = new RowFlags[n];
        int unsorted = 0, nonFinite = 0, nonPositive = 0, ohlc = 0, invalidVolume = 0, zeroVolume = 0;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && times[i] < times[i - 1])
            {
                unsorted++;
                issues.Add(QualityIssueKind.Unsorted, i, $"open time is before the previous row's ({Utc(times[i - 1])})");
            }
            var f = flags[i] = RowCheck.Classify(series, i);
            if (f == RowFlags.None) continue;
            if (Count(f, RowFlags.NonFinitePrice, ref nonFinite)) issues.Add(QualityIssueKind.NonFinitePrice, i, $"NaN or infinite price: {RowCheck.Describe(series, i)}");
            if (Count(f, RowFlags.NonPositivePrice, ref nonPositive)) issues.Add(QualityIssueKind.NonPositivePrice, i, $"zero or negative price: {RowCheck.Describe(series, i)}");
            if (Count(f, RowFlags.OhlcViolation, ref ohlc)) issues.Add(QualityIssueKind.OhlcViolation, i, $"low/high do not bound open/close: {RowCheck.Describe(series, i)}");
            if (Count(f, RowFlags.InvalidVolume, ref invalidVolume)) issues.Add(QualityIssueKind.InvalidVolume, i, $"negative or non-finite volume: {RowCheck.Describe(series, i)}");
            if (Count(f, RowFlags.ZeroVolume, ref zeroVolume)) issues.Add(QualityIssueKind.ZeroVolume, i, "zero volume");
        }

        int outliers = 0;
        if (WickOutliers.Scores(series, flags) is { } scores)
        {
            for (int i = 0; i < n; i++)
            {
                if (!(scores[i] > OutlierWickThreshold)) continue;
                outliers++;
                issues.Add(QualityIssueKind.OutlierWick, i,
                    string.Create(CultureInfo.InvariantCulture, $"wick {scores[i]:F1} times the median bar range: {RowCheck.Describe(series, i)}"));
            }
        }

        var scan = ScanInTimeOrder(series, issues);
        bool incomplete = false;
        if (n > 0)
        {
            long lastMs = scan.LastOpenMs;
            long asOfMs = CandleSeries.ToEpochMs(asOf ?? DateTime.UtcNow);
            incomplete = series.Interval.Next(lastMs) > asOfMs;
            if (incomplete)
            {
                int lastRow = times.LastIndexOf(lastMs);
                issues.Add(QualityIssueKind.IncompleteLastCandle, lastRow, $"closes at {Utc(series.Interval.Next(lastMs))}, after the check time {Utc(asOfMs)}");
            }
        }

        var largest = scan.Gaps.Count == 0 ? null : scan.Gaps.MaxBy(g => g.MissingBars);
        return new DataQualityReport
        {
            Symbol = series.Symbol,
            Interval = series.Interval,
            Bars = n,
            FirstOpenTime = n == 0 ? null : CandleSeries.ToUtc(scan.FirstOpenMs),
            LastOpenTime = n == 0 ? null : CandleSeries.ToUtc(scan.LastOpenMs),
            Gaps = scan.Gaps.Count,
            MissingBars = scan.Gaps.Sum(g => g.MissingBars),
            LargestGapStart = largest?.Start,
            LargestGapEnd = largest?.End,
            LargestGapMissingBars = largest?.MissingBars ?? 0,
            Duplicates = scan.Duplicates,
            ConflictingDuplicates = scan.Conflicting,
            UnsortedRows = unsorted,
            OhlcViolations = ohlc,
            NonPositivePrices = nonPositive,
            NonFinitePrices = nonFinite,
            InvalidVolumes = invalidVolume,
            ZeroVolumeBars = zeroVolume,
            OutlierWicks = outliers,
            IncompleteLastCandle = incomplete,
            GapList = scan.Gaps,
            Issues = issues.ToList(),
        };
    }

    /// <summary>Gaps and duplicates, found by walking the rows in time order.</summary>
    private static TimeScan ScanInTimeOrder(CandleSeries series, IssueList issues)
    {
        var times = series.OpenTimeMs;
        int n = series.Count;
        var order = TimeOrder.SortedIndices(times);
        var gaps = new List<QualityGap>();
        int duplicates = 0, conflicting = 0;
        int groupFirst = 0;
        for (int k = 1; k < n; k++)
        {
            int previous = order?[k - 1] ?? k - 1, current = order?[k] ?? k;
            if (times[current] == times[previous])
            {
                duplicates++;
                if (RowCheck.SameValues(series, groupFirst, current))
                {
                    issues.Add(QualityIssueKind.Duplicate, current, $"repeats row {groupFirst} exactly");
                }
                else
                {
                    conflicting++;
                    issues.Add(QualityIssueKind.ConflictingDuplicate, current, $"same open time as row {groupFirst} with other values: {RowCheck.Describe(series, current)} vs {RowCheck.Describe(series, groupFirst)}");
                }
                continue;
            }
            groupFirst = current;
            long missing = TimeOrder.MissingBetween(series.Interval, times[previous], times[current]);
            if (missing > 0) gaps.Add(new QualityGap(CandleSeries.ToUtc(series.Interval.Next(times[previous])), CandleSeries.ToUtc(times[current]), missing));
        }
        if (n == 0) return new TimeScan(gaps, 0, 0, 0, 0);
        return new TimeScan(gaps, duplicates, conflicting, times[order?[0] ?? 0], times[order?[n - 1] ?? n - 1]);
    }

    private static bool Count(RowFlags flags, RowFlags flag, ref int counter)
    {
        if ((flags & flag) == 0) return false;
        counter++;
        return true;
    }

    private static string Utc(long epochMs) => CandleSeries.ToUtc(epochMs).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private sealed record TimeScan(List<QualityGap> Gaps, int Duplicates, int Conflicting, long FirstOpenMs, long LastOpenMs);
}
