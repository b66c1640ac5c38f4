using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Backtest.Engine.Errors;
using Polly;
using Polly.Retry;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Sends GET requests to Binance and turns every outcome into a parsed value or a <see cref="BacktestException"/>.
/// Per attempt: refuse while an IP ban is latched, reserve weight in the market's limiter, send with the API key
/// header (if any) under the request timeout, and read the body. 429 waits out <c>Retry-After</c> (within
/// <see cref="BinanceClientOptions.MaxRetryAfterWait"/>) without counting as a retry; 418 latches a ban and fails at
/// once; 5xx, connection errors, timeouts and unreadable JSON are retried by a Polly pipeline with jittered
/// exponential backoff. Messages name the endpoint path only: never the query, never the key.
/// </summary>
internal sealed class BinanceTransport : IDisposable
{
    private const string ApiKeyHeader = "X-MBX-APIKEY";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly BinanceClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _pipeline;
    private readonly ConcurrentDictionary<(Market, BinanceLimitPool), RequestWeightLimiter> _limiters = new();
    private readonly IpBanLatch _ban;

    public BinanceTransport(HttpClient http, bool ownsHttp, BinanceClientOptions options, TimeProvider time)
    {
        (_http, _ownsHttp, _options, _time) = (http, ownsHttp, options, time);
        _ban = new IpBanLatch(time);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutException>()
                    .Handle<TransientResponseException>(),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
            });
        }
        _pipeline = builder.Build();
    }

    /// <summary>The limiter of one market's pool (created with the documented defaults until exchangeInfo says otherwise).</summary>
    public RequestWeightLimiter Limiter(Market market, BinanceLimitPool pool) =>
        _limiters.GetOrAdd((market, pool), key => new RequestWeightLimiter(
            [key.Item2 == BinanceLimitPool.Funding ? RateLimitRule.Funding : RateLimitRule.DefaultWeight(key.Item1)],
            _options.WeightSafetyMargin, _time));

    /// <summary>GETs <paramref name="endpoint"/> with <paramref name="query"/> (already escaped, no leading '?') and parses the body.</summary>
    public async Task<T> GetAsync<T>(BinanceEndpoint endpoint, string query, Func<byte[], T> parse, CancellationToken cancellationToken)
    {
        var limiter = Limiter(endpoint.Market, endpoint.Pool);
        var uri = new Uri(_options.BaseUrlFor(endpoint.Market).AbsoluteUri.TrimEnd('/') + endpoint.Path + (query.Length > 0 ? "?" + query : ""));
        var retryAfterWaited = TimeSpan.Zero;
        int attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                while (true)
                {
                    _ban.ThrowIfBanned(endpoint.Path);
                    await limiter.AcquireAsync(endpoint.Weight, _options.MaxRetryAfterWait, endpoint.Path, token).ConfigureAwait(false);
                    var (status, retryAfter, body) = await SendOnceAsync(uri, limiter, endpoint.Path, token).ConfigureAwait(false);
                    if (status == HttpStatusCode.TooManyRequests)
                    {
                        var wait = retryAfter ?? TimeSpan.FromMinutes(1); // Binance always sends Retry-After; a minute is its weight window.
                        if (retryAfterWaited + wait > _options.MaxRetryAfterWait)
                        {
                            limiter.BackOff(wait);
                            throw new BacktestException(ErrorKind.RateLimited,
                                $"Binance answered HTTP 429 (too many requests) to GET {endpoint.Path} and asked to wait {wait.TotalSeconds:0.#} s; " +
                                $"with {retryAfterWaited.TotalSeconds:0.#} s already waited that exceeds MaxRetryAfterWait ({_options.MaxRetryAfterWait.TotalSeconds:0.#} s).",
                                endpoint.Path);
                        }
                        retryAfterWaited += wait;
                        limiter.BackOff(wait);
                        continue;
                    }
                    if (status == (HttpStatusCode)418)
                    {
                        var until = _ban.Latch(retryAfter);
                        throw new BacktestException(ErrorKind.IpBanned,
                            $"Binance answered HTTP 418 to GET {endpoint.Path}: this IP is banned until {until:u} for ignoring rate limits. " +
                            "Nothing more is sent until then.", endpoint.Path);
                    }
                    if ((int)status >= 500) throw new TransientResponseException(ErrorKind.Network, $"HTTP {(int)status}");
                    if ((int)status >= 400) throw BinanceErrorResponse.ToException(status, body, endpoint.Path);
                    try
                    {
                        return parse(body);
                    }
                    catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or OverflowException)
                    {
                        throw new TransientResponseException(ErrorKind.InvalidData, e.Message, e);
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (TransientResponseException e) when (e.Kind == ErrorKind.InvalidData)
        {
            throw new BacktestException(ErrorKind.InvalidData,
                $"Binance sent an unreadable response to GET {endpoint.Path} ({Tries(attempts)}): {e.Message}", endpoint.Path, e);
        }
        catch (TransientResponseException e)
        {
            throw new BacktestException(ErrorKind.Network, $"Binance answered {e.Message} to GET {endpoint.Path} ({Tries(attempts)}).", endpoint.Path, e);
        }
        catch (TimeoutException e)
        {
            throw new BacktestException(ErrorKind.Network,
                $"Binance did not answer GET {endpoint.Path} within RequestTimeout ({_options.RequestTimeout.TotalSeconds:0.###} s; {Tries(attempts)}).", endpoint.Path, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new BacktestException(ErrorKind.Network,
                $"Could not reach Binance for GET {endpoint.Path} ({Tries(attempts)}): {e.Message}", endpoint.Path, e);
        }
    }

    private async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, byte[] Body)> SendOnceAsync(
        Uri uri, RequestWeightLimiter limiter, string path, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (!string.IsNullOrEmpty(_options.ApiKey)) request.Headers.TryAddWithoutValidation(ApiKeyHeader, _options.ApiKey);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            limiter.Observe(response.Headers);
            var retryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - _time.GetUtcNow(),
                _ => (TimeSpan?)null,
            };
            byte[] body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return (response.StatusCode, retryAfter, body);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Our RequestTimeout, or the Timeout of an injected HttpClient: either way a slow answer, worth another try.
            throw new TimeoutException($"GET {path} timed out.", e);
        }
    }

    private static string Tries(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
    }

    /// <summary>A failure worth retrying; <see cref="Kind"/> says what it becomes once the retries are spent.</summary>
    private sealed class TransientResponseException(ErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
    {
        public ErrorKind Kind { get; } = kind;
    }
}
