using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Settings of a <see cref="BinanceClient"/>. Market data needs no API key; when one is set it is sent only as the
/// <c>X-MBX-APIKEY</c> header and never appears in <see cref="ToString"/> or any exception message.
/// </summary>
public sealed record BinanceClientOptions
{
    /// <summary>Base URL of the spot REST API.</summary>
    public Uri SpotBaseUrl { get; init; } = new("https://api.binance.com");

    /// <summary>Base URL of the USD-M futures REST API.</summary>
    public Uri FuturesBaseUrl { get; init; } = new("https://fapi.binance.com");

    /// <summary>Optional API key, sent as the <c>X-MBX-APIKEY</c> header when set (public market data works without it).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Optional API secret. No market-data endpoint is signed, so the client never sends it; it is kept redacted.</summary>
    public string? ApiSecret { get; init; }

    /// <summary>How long one HTTP attempt (headers and body) may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (5xx, connection error, timeout, unreadable JSON); 0 disables retrying.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay of the jittered exponential retry.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Most time one call may spend waiting out HTTP 429 <c>Retry-After</c> back-offs before it fails with <see cref="ErrorKind.RateLimited"/>.</summary>
    public TimeSpan MaxRetryAfterWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Fraction (0–1] of each advertised request-weight limit the client allows itself, leaving room for other users of the IP.</summary>
    public double WeightSafetyMargin { get; init; } = 0.9;

    /// <summary>The base URL serving <paramref name="market"/>.</summary>
    public Uri BaseUrlFor(Market market) => market == Market.UsdMFutures ? FuturesBaseUrl : SpotBaseUrl;

    /// <summary>Checks every setting and throws <see cref="ErrorKind.InvalidArgument"/> naming the first one out of range.</summary>
    public void Validate()
    {
        CheckUrl(SpotBaseUrl, nameof(SpotBaseUrl));
        CheckUrl(FuturesBaseUrl, nameof(FuturesBaseUrl));
        if (RequestTimeout <= TimeSpan.Zero) throw Invalid(nameof(RequestTimeout), $"must be positive (was {RequestTimeout})");
        if (MaxRetries is < 0 or > 100) throw Invalid(nameof(MaxRetries), $"must be in [0, 100] (was {MaxRetries})");
        if (RetryBaseDelay < TimeSpan.Zero) throw Invalid(nameof(RetryBaseDelay), $"must not be negative (was {RetryBaseDelay})");
        if (MaxRetryAfterWait < TimeSpan.Zero) throw Invalid(nameof(MaxRetryAfterWait), $"must not be negative (was {MaxRetryAfterWait})");
        if (!(WeightSafetyMargin > 0 && WeightSafetyMargin <= 1)) throw Invalid(nameof(WeightSafetyMargin), $"must be in (0, 1] (was {WeightSafetyMargin})");
    }

    /// <summary>The settings with the key and secret redacted.</summary>
    public override string ToString() =>
        $"BinanceClientOptions {{ SpotBaseUrl = {SpotBaseUrl}, FuturesBaseUrl = {FuturesBaseUrl}, ApiKey = {Redact(ApiKey)}, " +
        $"ApiSecret = {Redact(ApiSecret)}, RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}, " +
        $"MaxRetryAfterWait = {MaxRetryAfterWait}, WeightSafetyMargin = {WeightSafetyMargin} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : "***";

    private static void CheckUrl(Uri? url, string name)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid(name, "must be an absolute http(s) URL");
        }
    }

    private static BacktestException Invalid(string name, string what) =>
        new(ErrorKind.InvalidArgument, $"BinanceClientOptions.{name} {what}.", name);
}
