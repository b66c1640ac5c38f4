using System.Globalization;
using System.Net.Http.Headers;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Client-side budget for one base URL's limits (thread-safe). Before a request it reserves the request's weight in
/// every window and, when that would pass <c>margin × limit</c>, waits for the window to roll over instead of
/// sending. Windows are aligned to the clock the way Binance aligns them (a 1-minute window starts on the minute).
/// The server's own count, read from the <c>X-MBX-USED-WEIGHT-*</c> headers, raises the local count so other users
/// of the same IP are accounted for. A 429 latches a back-off that every later request waits out.
/// </summary>
internal sealed class RequestWeightLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly double _margin;
    private Window[] _windows;
    private long _backoffUntilMs;

    public RequestWeightLimiter(IReadOnlyList<RateLimitRule> rules, double margin, TimeProvider time)
    {
        _time = time;
        _margin = margin;
        _windows = ToWindows(rules);
    }

    /// <summary>Replaces the limits (after exchangeInfo was read); counts of windows that keep their header carry over.</summary>
    public void SetRules(IReadOnlyList<RateLimitRule> rules)
    {
        var fresh = ToWindows(rules);
        lock (_gate)
        {
            foreach (var old in _windows)
            {
                int i = Array.FindIndex(fresh, w => w.Rule.WindowMs == old.Rule.WindowMs);
                if (i >= 0) fresh[i] = fresh[i] with { StartMs = old.StartMs, Used = old.Used };
            }
            _windows = fresh;
        }
    }

    /// <summary>Waits until <paramref name="weight"/> fits every window, then reserves it.</summary>
    /// <exception cref="BacktestException">A latched 429 back-off lasts longer than <paramref name="maxBackoffWait"/> (<see cref="ErrorKind.RateLimited"/>).</exception>
    public async ValueTask AcquireAsync(int weight, TimeSpan maxBackoffWait, string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait = TryReserve(weight, maxBackoffWait, path);
            if (wait <= TimeSpan.Zero) return;
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Raises the local counts to what the server reports it has counted.</summary>
    public void Observe(HttpResponseHeaders headers)
    {
        lock (_gate)
        {
            long now = NowMs();
            for (int i = 0; i < _windows.Length; i++)
            {
                string? name = _windows[i].Rule.UsedHeader;
                if (name is null || !headers.TryGetValues(name, out var values)) continue;
                if (!int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int used)) continue;
                Roll(ref _windows[i], now);
                _windows[i].Used = Math.Max(_windows[i].Used, used);
            }
        }
    }

    /// <summary>Holds every request back for <paramref name="retryAfter"/> (the server answered 429).</summary>
    public void BackOff(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _backoffUntilMs = Math.Max(_backoffUntilMs, NowMs() + (long)Math.Ceiling(retryAfter.TotalMilliseconds));
        }
    }

    private TimeSpan TryReserve(int weight, TimeSpan maxBackoffWait, string path)
    {
        lock (_gate)
        {
            long now = NowMs();
            if (_backoffUntilMs > now)
            {
                var backoff = TimeSpan.FromMilliseconds(_backoffUntilMs - now);
                if (backoff > maxBackoffWait)
                {
                    throw new BacktestException(ErrorKind.RateLimited,
                        $"Binance asked this client to back off (HTTP 429) for another {backoff.TotalSeconds:0.#} s before GET {path}; " +
                        $"that exceeds MaxRetryAfterWait ({maxBackoffWait.TotalSeconds:0.#} s). Try again later.", path);
                }
                return backoff;
            }
            long waitMs = 0;
            for (int i = 0; i < _windows.Length; i++)
            {
                ref Window w = ref _windows[i];
                Roll(ref w, now);
                int budget = Math.Max((int)(w.Rule.Limit * _margin), 1);
                // An empty window always admits one request, so a weight above the budget cannot wait forever.
                if (w.Used > 0 && w.Used + weight > budget) waitMs = Math.Max(waitMs, w.StartMs + w.Rule.WindowMs - now + Guard(w.Rule));
            }
            if (waitMs > 0) return TimeSpan.FromMilliseconds(waitMs);
            for (int i = 0; i < _windows.Length; i++) _windows[i].Used += weight;
            return TimeSpan.Zero;
        }
    }

    // Sending the instant a window rolls races the server's clock; a small fraction of the window absorbs the skew.
    private static long Guard(RateLimitRule rule) => Math.Clamp(rule.WindowMs / 50, 5, 1000);

    private static void Roll(ref Window window, long now)
    {
        long start = now - (now % window.Rule.WindowMs);
        if (start != window.StartMs)
        {
            window.StartMs = start;
            window.Used = 0;
        }
    }

    private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static Window[] ToWindows(IReadOnlyList<RateLimitRule> rules) =>
        rules.Select(r => new Window { Rule = r, StartMs = long.MinValue, Used = 0 }).ToArray();

    private record struct Window(RateLimitRule Rule, long StartMs, int Used);
}
