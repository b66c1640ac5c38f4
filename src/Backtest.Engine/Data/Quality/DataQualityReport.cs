using System.Globalization;

namespace Backtest.Engine.Data.Quality;

/// <summary>
/// What a data-quality check found in one series: flat counts first (they show well in a table), then the
/// gap list, the row issues, and — after a repair — what was changed. Counts are exact; <see cref="Issues"/>
/// lists at most <see cref="DataQualityChecker.MaxIssuesPerKind"/> rows per kind.
/// </summary>
public sealed record DataQualityReport
{
    /// <summary>The series' symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>The series' interval.</summary>
    public required Interval Interval { get; init; }

    /// <summary>Number of candles.</summary>
    public int Bars { get; init; }

    /// <summary>Earliest open time (UTC), or null when empty.</summary>
    public DateTime? FirstOpenTime { get; init; }

    /// <summary>Latest open time (UTC), or null when empty.</summary>
    public DateTime? LastOpenTime { get; init; }

    /// <summary>Runs of missing candles (consecutive open times further apart than one interval, in time order).</summary>
    public int Gaps { get; init; }

    /// <summary>Candles missing across all gaps.</summary>
    public long MissingBars { get; init; }

    /// <summary>Open time of the first missing candle of the largest gap, or null without gaps.</summary>
    public DateTime? LargestGapStart { get; init; }

    /// <summary>Open time where data resumes after the largest gap, or null without gaps.</summary>
    public DateTime? LargestGapEnd { get; init; }

    /// <summary>Candles missing in the largest gap.</summary>
    public long LargestGapMissingBars { get; init; }

    /// <summary>Rows whose open time already occurred (exact and conflicting together).</summary>
    public int Duplicates { get; init; }

    /// <summary>Duplicate rows whose values differ from the first row with that open time.</summary>
    public int ConflictingDuplicates { get; init; }

    /// <summary>Rows whose open time is earlier than the previous row's.</summary>
    public int UnsortedRows { get; init; }

    /// <summary>Rows with low &gt; min(open, close), high &lt; max(open, close), or low &gt; high.</summary>
    public int OhlcViolations { get; init; }

    /// <summary>Rows with an open, high, low or close at or below zero.</summary>
    public int NonPositivePrices { get; init; }

    /// <summary>Rows with a NaN or infinite open, high, low or close.</summary>
    public int NonFinitePrices { get; init; }

    /// <summary>Rows whose volume is negative, NaN or infinite.</summary>
    public int InvalidVolumes { get; init; }

    /// <summary>Rows with zero volume (reported; not a failure).</summary>
    public int ZeroVolumeBars { get; init; }

    /// <summary>Rows whose longer wick exceeds <see cref="DataQualityChecker.OutlierWickThreshold"/> median bar ranges (reported; not a failure).</summary>
    public int OutlierWicks { get; init; }

    /// <summary>True when the last candle's close time (open + interval) is after the check's as-of time.</summary>
    public bool IncompleteLastCandle { get; init; }

    /// <summary>Flat candles inserted by a repair with gap filling (listed in <see cref="FilledOpenTimes"/>).</summary>
    public int FilledBars { get; init; }

    /// <summary>
    /// True when nothing would make a backtest on this series wrong: no duplicates, unsorted rows, OHLC violations,
    /// non-positive or non-finite prices, invalid volumes, or unfinished last candle. Gaps (real exchange outages),
    /// zero-volume bars and outlier wicks are reported but do not make a series unclean.
    /// </summary>
    public bool IsClean =>
        Duplicates == 0 && UnsortedRows == 0 && OhlcViolations == 0 && NonPositivePrices == 0 && NonFinitePrices == 0
        && InvalidVolumes == 0 && !IncompleteLastCandle;

    /// <summary>The findings in one line: problems first, then what is only reported.</summary>
    public string Summary
    {
        get
        {
            var problems = new List<string>();
            if (Duplicates > 0) problems.Add($"{Duplicates:N0} duplicate rows ({ConflictingDuplicates:N0} conflicting)");
            if (UnsortedRows > 0) problems.Add($"{UnsortedRows:N0} unsorted rows");
            if (OhlcViolations > 0) problems.Add($"{OhlcViolations:N0} OHLC violations");
            if (NonPositivePrices > 0) problems.Add($"{NonPositivePrices:N0} rows with zero or negative prices");
            if (NonFinitePrices > 0) problems.Add($"{NonFinitePrices:N0} rows with NaN/infinite prices");
            if (InvalidVolumes > 0) problems.Add($"{InvalidVolumes:N0} rows with negative or non-finite volume");
            if (IncompleteLastCandle) problems.Add($"an unfinished last candle at {LastOpenTime:yyyy-MM-ddTHH:mm}Z");
            var notes = new List<string>();
            if (Gaps > 0) notes.Add($"{Gaps:N0} gaps ({MissingBars:N0} missing bars, largest {LargestGapMissingBars:N0} from {LargestGapStart:yyyy-MM-ddTHH:mm}Z)");
            if (ZeroVolumeBars > 0) notes.Add($"{ZeroVolumeBars:N0} zero-volume bars");
            if (OutlierWicks > 0) notes.Add($"{OutlierWicks:N0} outlier wicks");
            if (FilledBars > 0) notes.Add($"{FilledBars:N0} filled bars");
            string head = problems.Count == 0 ? "clean" : string.Join(", ", problems);
            return notes.Count == 0 ? head : string.Create(CultureInfo.InvariantCulture, $"{head}; {string.Join(", ", notes)}");
        }
    }

    /// <summary>Every gap, in time order.</summary>
    public IReadOnlyList<QualityGap> GapList { get; init; } = [];

    /// <summary>Row issues in row order within each kind (capped per kind; the counts above are exact).</summary>
    public IReadOnlyList<QualityIssue> Issues { get; init; } = [];

    /// <summary>Open times (UTC) of the flat candles a repair inserted into gaps.</summary>
    public IReadOnlyList<DateTime> FilledOpenTimes { get; init; } = [];

    /// <summary>What a repair changed, one sentence per step; empty when nothing was repaired.</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];
}
