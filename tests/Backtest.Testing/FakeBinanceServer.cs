using System.Net;
using System.Text;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Backtest.Testing;

/// <summary>
/// A Binance-compatible REST server on a random loopback port (Kestrel, inside the test process) serving the real
/// candles under <c>shared/data/binance</c> in Binance's JSON shapes: spot <c>/api/v3/</c> and USD-M <c>/fapi/v1/</c>
/// <c>klines</c>, <c>exchangeInfo</c>, <c>ticker/24hr</c>, <c>time</c>, and <c>/fapi/v1/fundingRate</c>. It enforces
/// the weight limits it advertises (429 + Retry-After when exceeded, 418 when a client keeps sending during the
/// back-off), reports <c>X-MBX-USED-WEIGHT-*</c>, logs every request, and has failure switches (error statuses, slow
/// answers, truncated JSON, empty klines pages, forced 429/418).
/// </summary>
public sealed partial class FakeBinanceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeRateLimitLedger _spot, _futures;
    private readonly Lock _logGate = new();
    private readonly List<FakeRequestRecord> _log = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _arrived = new();

    private FakeBinanceServer(FakeBinanceServerOptions options, WebApplication app)
    {
        Options = options;
        _app = app;
        _spot = new FakeRateLimitLedger(options.SpotWeight, options.BanSeconds);
        _futures = new FakeRateLimitLedger(options.FuturesWeight, options.BanSeconds);
    }

    /// <summary>The server's settings.</summary>
    public FakeBinanceServerOptions Options { get; }

    /// <summary>Base URL of both APIs, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The failure switches.</summary>
    public FakeFailureInjector Failures { get; } = new();

    /// <summary>Symbols and files served.</summary>
    public static FakeBinanceCatalog Catalog => FakeBinanceCatalog.Default;

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<FakeRequestRecord> Requests
    {
        get
        {
            lock (_logGate) return [.. _log];
        }
    }

    /// <summary>Requests that have arrived on <paramref name="path"/>, including those not yet answered.</summary>
    public int Arrived(string path) => _arrived.TryGetValue(path, out int n) ? n : 0;

    /// <summary>The limits of one market's API.</summary>
    public FakeRateLimitLedger Ledger(Market market) => market == Market.UsdMFutures ? _futures : _spot;

    /// <summary>Starts a server on <c>http://127.0.0.1:0</c>.</summary>
    public static async Task<FakeBinanceServer> StartAsync(FakeBinanceServerOptions? options = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBinanceServer(options ?? new FakeBinanceServerOptions(), app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>Client options aimed at this server, with short retry delays so failure tests stay fast.</summary>
    public BinanceClientOptions ClientOptions() => new()
    {
        SpotBaseUrl = BaseUrl,
        FuturesBaseUrl = BaseUrl,
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAfterWait = TimeSpan.FromSeconds(5),
    };

    /// <summary>The next <paramref name="count"/> requests under <paramref name="pathPrefix"/> answer <paramref name="status"/>.</summary>
    public void FailNext(int count, int status = 500, string? pathPrefix = null) => Failures.Arm(FakeFailure.Status, count, pathPrefix, status);

    /// <summary>The next <paramref name="count"/> requests answer only after <paramref name="delay"/>.</summary>
    public void DelayNext(int count, TimeSpan delay, string? pathPrefix = null) => Failures.Arm(FakeFailure.Delay, count, pathPrefix, (int)delay.TotalMilliseconds);

    /// <summary>The next <paramref name="count"/> answers carry only half of their JSON.</summary>
    public void TruncateNext(int count, string? pathPrefix = null) => Failures.Arm(FakeFailure.Truncate, count, pathPrefix);

    /// <summary>The next <paramref name="count"/> klines requests with startTime at or after <paramref name="startTimeMs"/> answer an empty page.</summary>
    public void EmptyKlinesPageFrom(long startTimeMs, int count) => Failures.Arm(FakeFailure.EmptyKlinesPage, count, null, 0, startTimeMs);

    /// <summary>The next <paramref name="count"/> requests answer 429 with Retry-After <paramref name="retryAfterSeconds"/>.</summary>
    public void Force429(int retryAfterSeconds, int count = 1, string? pathPrefix = null) => Failures.Arm(FakeFailure.TooManyRequests, count, pathPrefix, retryAfterSeconds);

    /// <summary>The next request answers 418 and bans for <paramref name="retryAfterSeconds"/>.</summary>
    public void Force418(int retryAfterSeconds, string? pathPrefix = null) => Failures.Arm(FakeFailure.Banned, 1, pathPrefix, retryAfterSeconds);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string path = request.Path.Value ?? "/";
        _arrived.AddOrUpdate(path, 1, (_, n) => n + 1);
        long now = Options.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var market = path.StartsWith("/fapi/", StringComparison.Ordinal) ? Market.UsdMFutures : Market.Spot;
        var ledger = Ledger(market);
        long? startTime = long.TryParse(request.Query["startTime"], out long s) ? s : null;
        int weight = Weight(path, request.Query);
        string? apiKey = request.Headers.TryGetValue("X-MBX-APIKEY", out var key) ? key.ToString() : null;

        var admission = Failures.TryFire(FakeFailure.Banned, path, startTime) is { } banSeconds ? ledger.Force418(now, banSeconds)
            : Failures.TryFire(FakeFailure.TooManyRequests, path, startTime) is { } retryAfter ? ledger.Force429(now, retryAfter)
            : ledger.Admit(now, weight, path == "/fapi/v1/fundingRate");
        void Log(int status) { lock (_logGate) _log.Add(new FakeRequestRecord(Options.Clock.GetUtcNow(), path, request.QueryString.Value ?? "", status, status == 200 || status >= 500 ? weight : 0, admission.UsedWeight, apiKey)); }

        var response = context.Response;
        if (admission.Status != 418) response.Headers[$"X-MBX-USED-WEIGHT-{ledger.Rule.HeaderSuffix}"] = admission.UsedWeight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (admission.Status != 200)
        {
            response.Headers.RetryAfter = admission.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Log(admission.Status);
            string msg = admission.Status == 418 ? "IP banned until later." : "Too many requests; current limit is exceeded. Please use WebSocket Streams for live updates.";
            await WriteAsync(context, admission.Status, $$"""{"code":-1003,"msg":"{{msg}}"}""");
            return;
        }
        if (Failures.TryFire(FakeFailure.Status, path, startTime) is { } failStatus)
        {
            Log(failStatus);
            await WriteAsync(context, failStatus, """{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""");
            return;
        }
        if (Failures.TryFire(FakeFailure.Delay, path, startTime) is { } delayMs)
        {
            try
            {
                await Task.Delay(delayMs, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Log(499); // the client gave up first, as it should
                return;
            }
        }
        var (status, body) = Route(market, path, request.Query, now, startTime);
        if (status == 200 && Failures.TryFire(FakeFailure.Truncate, path, startTime) is not null) body = body[..(body.Length / 2)];
        Log(status);
        await WriteAsync(context, status, body);
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }
}
