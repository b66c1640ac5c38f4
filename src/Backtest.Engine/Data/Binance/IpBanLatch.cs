using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Remembers an HTTP 418 (IP ban) so the client never continues into it: until the ban's <c>Retry-After</c> has
/// passed, every request fails at once with <see cref="ErrorKind.IpBanned"/> without touching the network.
/// Binance bans an IP, not a market, so one latch covers every endpoint of the client. Thread-safe.
/// </summary>
internal sealed class IpBanLatch(TimeProvider time)
{
    /// <summary>Binance's shortest documented ban, assumed when a 418 carries no <c>Retry-After</c>.</summary>
    private static readonly TimeSpan DefaultBan = TimeSpan.FromMinutes(2);

    private long _bannedUntilMs = long.MinValue;

    /// <summary>Latches a ban of <paramref name="retryAfter"/> from now and returns when it ends (UTC).</summary>
    public DateTime Latch(TimeSpan? retryAfter)
    {
        long until = time.GetUtcNow().ToUnixTimeMilliseconds() + (long)Math.Ceiling((retryAfter ?? DefaultBan).TotalMilliseconds);
        long seen = Interlocked.Read(ref _bannedUntilMs);
        while (until > seen)
        {
            long prior = Interlocked.CompareExchange(ref _bannedUntilMs, until, seen);
            if (prior == seen) break;
            seen = prior;
        }
        return CandleSeries.ToUtc(Math.Max(until, Interlocked.Read(ref _bannedUntilMs)));
    }

    /// <summary>Throws <see cref="ErrorKind.IpBanned"/> while a ban is latched.</summary>
    public void ThrowIfBanned(string path)
    {
        long until = Interlocked.Read(ref _bannedUntilMs);
        if (until > time.GetUtcNow().ToUnixTimeMilliseconds())
        {
            throw new BacktestException(ErrorKind.IpBanned,
                $"Binance banned this IP (HTTP 418) until {CandleSeries.ToUtc(until):u}; GET {path} was not sent. Wait for the ban to end.", path);
        }
    }
}
