namespace Backtest.Testing;

/// <summary>The fake server's verdict on one request.</summary>
/// <param name="Status">200 to serve it, 429 (too many requests) or 418 (banned).</param>
/// <param name="RetryAfterSeconds">The <c>Retry-After</c> of a 429/418.</param>
/// <param name="UsedWeight">Weight used in the current window after this request.</param>
public readonly record struct FakeAdmission(int Status, int RetryAfterSeconds, int UsedWeight);

/// <summary>
/// Binance's limits as the exchange enforces them, for one API (spot or futures): weight per aligned window, the
/// funding routes' 500 requests / 5 minutes, a 429 back-off with Retry-After, and a 418 ban for a client that keeps
/// sending during that back-off (and for every request while banned). Thread-safe.
/// </summary>
public sealed class FakeRateLimitLedger(FakeWeightRule rule, int banSeconds)
{
    private const long FundingWindowMs = 300_000;
    private const int FundingLimit = 500;

    private readonly Lock _gate = new();
    private long _windowStart = long.MinValue, _fundingWindowStart = long.MinValue, _backoffUntil = long.MinValue, _bannedUntil = long.MinValue;
    private int _used, _fundingUsed;

    /// <summary>The enforced weight rule.</summary>
    public FakeWeightRule Rule { get; } = rule;

    /// <summary>The highest weight ever used in one window.</summary>
    public int MaxUsedWeight { get; private set; }

    /// <summary>Decides whether a request of <paramref name="weight"/> arriving at <paramref name="nowMs"/> is served.</summary>
    public FakeAdmission Admit(long nowMs, int weight, bool funding)
    {
        lock (_gate)
        {
            if (_bannedUntil > nowMs) return new FakeAdmission(418, Seconds(_bannedUntil - nowMs), _used);
            if (_backoffUntil > nowMs)
            {
                _bannedUntil = nowMs + banSeconds * 1000L;
                return new FakeAdmission(418, banSeconds, _used);
            }
            Roll(nowMs);
            if (funding)
            {
                if (_fundingUsed + 1 > FundingLimit) return TooMany(nowMs, _fundingWindowStart + FundingWindowMs - nowMs);
                _fundingUsed++;
                return new FakeAdmission(200, 0, _used);
            }
            if (_used + weight > Rule.Limit) return TooMany(nowMs, _windowStart + Rule.WindowMs - nowMs);
            _used += weight;
            MaxUsedWeight = Math.Max(MaxUsedWeight, _used);
            return new FakeAdmission(200, 0, _used);
        }
    }

    /// <summary>Answers 429 with <paramref name="retryAfterSeconds"/> as if a limit had been hit.</summary>
    public FakeAdmission Force429(long nowMs, int retryAfterSeconds)
    {
        lock (_gate)
        {
            _backoffUntil = nowMs + retryAfterSeconds * 1000L;
            return new FakeAdmission(429, retryAfterSeconds, _used);
        }
    }

    /// <summary>Bans the client for <paramref name="retryAfterSeconds"/>.</summary>
    public FakeAdmission Force418(long nowMs, int retryAfterSeconds)
    {
        lock (_gate)
        {
            _bannedUntil = nowMs + retryAfterSeconds * 1000L;
            return new FakeAdmission(418, retryAfterSeconds, _used);
        }
    }

    private FakeAdmission TooMany(long nowMs, long untilWindowEndMs)
    {
        int seconds = Seconds(untilWindowEndMs);
        _backoffUntil = nowMs + seconds * 1000L;
        return new FakeAdmission(429, seconds, _used);
    }

    private void Roll(long nowMs)
    {
        long start = nowMs - nowMs % Rule.WindowMs;
        if (start != _windowStart) (_windowStart, _used) = (start, 0);
        long fundingStart = nowMs - nowMs % FundingWindowMs;
        if (fundingStart != _fundingWindowStart) (_fundingWindowStart, _fundingUsed) = (fundingStart, 0);
    }

    private static int Seconds(long ms) => (int)Math.Max(1, (ms + 999) / 1000);
}
