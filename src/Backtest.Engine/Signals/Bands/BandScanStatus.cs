namespace Backtest.Engine.Signals.Bands;

/// <summary>How a band scan went, for schedulers: the nightly scan exits with a code per status.</summary>
public enum BandScanStatus
{
    /// <summary>Every symbol was scanned on fresh data (too little data for a new listing is not a failure).</summary>
    Ok = 0,

    /// <summary>No symbol could be scanned.</summary>
    Failed = 1,

    /// <summary>Some symbols failed; the others have signals.</summary>
    Partial = 2,

    /// <summary>The newest candle of some scanned symbol is older than the allowed age: the exchange or the cache is behind.</summary>
    Stale = 3,
}

/// <summary>Decides the <see cref="BandScanStatus"/> of a finished scan.</summary>
public static class BandScanVerdict
{
    /// <summary>
    /// Failed when nothing was scanned or every symbol failed; else Stale when a loaded symbol's data ends more
    /// than <paramref name="maxAge"/> before <paramref name="nowUtc"/> (no check when <paramref name="maxAge"/> is
    /// null); else Partial when some symbol failed; else Ok. Stale outranks Partial because it makes every
    /// signal suspect, while a partial scan's signals are still current.
    /// </summary>
    public static BandScanStatus Of(IReadOnlyList<BandScanResult> results, DateTime nowUtc, TimeSpan? maxAge)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0 || results.All(r => r.Failed)) return BandScanStatus.Failed;
        if (maxAge is { } age && results.Any(r => !r.Failed && (r.Signal.EndTime is not { } end || nowUtc - end > age)))
        {
            return BandScanStatus.Stale;
        }
        return results.Any(r => r.Failed) ? BandScanStatus.Partial : BandScanStatus.Ok;
    }

    /// <summary>The default allowed age of the newest candle: two intervals (yesterday's daily candle is fresh at any hour today).</summary>
    public static TimeSpan DefaultMaxAge(Data.Interval interval) => 2 * interval.Duration;
}
