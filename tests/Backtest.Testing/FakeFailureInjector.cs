namespace Backtest.Testing;

/// <summary>What a failure switch does to the request it fires on.</summary>
public enum FakeFailure
{
    /// <summary>Answer an HTTP error status (500, 503, ...).</summary>
    Status,

    /// <summary>Hold the answer back for a while (beyond the client's timeout).</summary>
    Delay,

    /// <summary>Send only the first half of the JSON body.</summary>
    Truncate,

    /// <summary>Answer a klines request with an empty page.</summary>
    EmptyKlinesPage,

    /// <summary>Answer 429 with a Retry-After (and start a back-off).</summary>
    TooManyRequests,

    /// <summary>Answer 418 (ban) with a Retry-After.</summary>
    Banned,
}

/// <summary>
/// The fake server's failure switches: each fires on the next <c>count</c> matching requests (by path prefix and, for
/// empty pages, a klines startTime at or after a given time), then switches itself off. Thread-safe.
/// </summary>
public sealed class FakeFailureInjector
{
    private readonly Lock _gate = new();
    private readonly List<Switch> _switches = [];

    /// <summary>Arms a switch.</summary>
    public void Arm(FakeFailure failure, int count, string? pathPrefix = null, int value = 0, long minStartTimeMs = long.MinValue)
    {
        lock (_gate) _switches.Add(new Switch(failure, count, pathPrefix, value, minStartTimeMs));
    }

    /// <summary>Fires the first armed switch of <paramref name="failure"/> matching the request; its value, or null when none fired.</summary>
    public int? TryFire(FakeFailure failure, string path, long? startTimeMs)
    {
        lock (_gate)
        {
            foreach (var s in _switches)
            {
                if (s.Failure != failure || s.Remaining <= 0) continue;
                if (s.PathPrefix is not null && !path.StartsWith(s.PathPrefix, StringComparison.Ordinal)) continue;
                if (s.MinStartTimeMs != long.MinValue && (startTimeMs is not { } start || start < s.MinStartTimeMs)) continue;
                s.Remaining--;
                return s.Value;
            }
            return null;
        }
    }

    private sealed class Switch(FakeFailure failure, int count, string? pathPrefix, int value, long minStartTimeMs)
    {
        public FakeFailure Failure { get; } = failure;
        public string? PathPrefix { get; } = pathPrefix;
        public int Value { get; } = value;
        public long MinStartTimeMs { get; } = minStartTimeMs;
        public int Remaining { get; set; } = count;
    }
}
