using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Transient failures (5xx, timeouts, truncated JSON), secrets in messages, and cancellation, over a real socket.</summary>
public sealed class BinanceClientFailureTests : FakeBinanceServerTest
{
    private const string Klines = "/api/v3/klines";
    private static readonly ReferenceCandles Spot1h = ReferenceCandles.Load("spot/BTCUSDT-1h.csv.gz");
    private static readonly CandleRequest ThreePages =
        new("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[0]), CandleSeries.ToUtc(Spot1h.OpenTime[3000]));

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task ServerErrorsWithinTheRetryBudget_Recover(int status)
    {
        Server.FailNext(2, status, Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { MaxRetries = 3 });

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages));

        ReferenceAssert.EqualsFile(Spot1h, 0, 3000, all);
        Assert.Equal(2, Server.Requests.Count(r => r.Status == status));
    }

    [Fact]
    public async Task ServerErrorsBeyondTheRetryBudget_ThrowNetworkNamingThePath()
    {
        Server.FailNext(100, 502, Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { MaxRetries = 2 });

        var ex = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages)));

        Assert.Equal(ErrorKind.Network, ex.Kind);
        Assert.Equal(Klines, ex.Target);
        Assert.Contains("HTTP 502", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("startTime", ex.Message, StringComparison.Ordinal); // path only, never the query
        Assert.Equal(3, Server.Requests.Count(r => r.Path == Klines));
    }

    [Fact]
    public async Task SlowAnswersBeyondTheTimeout_AreRetried()
    {
        Server.DelayNext(1, TimeSpan.FromSeconds(20), Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages));

        ReferenceAssert.EqualsFile(Spot1h, 0, 3000, all);
    }

    [Fact]
    public async Task SlowAnswersEveryTime_ThrowNetworkAfterTheRetries()
    {
        Server.DelayNext(100, TimeSpan.FromSeconds(20), Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { RequestTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });

        var ex = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages)));

        Assert.Equal(ErrorKind.Network, ex.Kind);
        Assert.Contains("RequestTimeout", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Klines, ex.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedJsonOnce_IsRetried()
    {
        Server.TruncateNext(1, Klines);
        using var client = new BinanceClient(Server.ClientOptions());

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages));

        ReferenceAssert.EqualsFile(Spot1h, 0, 3000, all);
        Assert.Equal(4, Server.Requests.Count(r => r.Path == Klines));
    }

    [Fact]
    public async Task TruncatedJsonEveryTime_ThrowsInvalidDataNamingTheEndpoint()
    {
        Server.TruncateNext(100, Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { MaxRetries = 2 });

        var ex = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages)));

        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Equal(Klines, ex.Target);
        Assert.Contains("unreadable", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, Server.Requests.Count(r => r.Path == Klines));
    }

    [Fact]
    public async Task ApiKey_IsSentOnlyAsHeaderAndNeverAppearsInErrors()
    {
        const string key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        Server.FailNext(100, 500, Klines);
        var options = Server.ClientOptions() with { ApiKey = key, ApiSecret = secret, MaxRetries = 1 };
        using var client = new BinanceClient(options);

        var ex = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages)));

        Assert.Equal(ErrorKind.Network, ex.Kind);
        Assert.DoesNotContain(key, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, options.ToString(), StringComparison.Ordinal);
        Assert.All(Server.Requests, r => Assert.Equal(key, r.ApiKey));
        Assert.All(Server.Requests, r => Assert.DoesNotContain(key, r.Query, StringComparison.Ordinal));
        Assert.All(Server.Requests, r => Assert.DoesNotContain(secret, r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoApiKey_SendsNoKeyHeader()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        await client.GetSymbolsAsync(Market.Spot);

        Assert.All(Server.Requests, r => Assert.Null(r.ApiKey));
    }

    [Fact]
    public async Task CancellationDuringASlowAnswer_StopsPromptly()
    {
        Server.DelayNext(1, TimeSpan.FromSeconds(60), Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { RequestTimeout = TimeSpan.FromSeconds(120) });
        using var cts = new CancellationTokenSource();
        var download = ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages, cts.Token));
        await WaitForAsync(() => Server.Arrived(Klines) > 0 || download.IsCompleted);

        await cts.CancelAsync();

        // "Promptly": long before the server's 60 s delay or the 120 s timeout could end the call.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download.WaitAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task CancellationDuringARetryAfterWait_StopsPromptly()
    {
        Server.Force429(retryAfterSeconds: 60, count: 1, pathPrefix: Klines);
        using var client = new BinanceClient(Server.ClientOptions() with { MaxRetryAfterWait = TimeSpan.FromMinutes(5) });
        using var cts = new CancellationTokenSource();
        var download = ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(ThreePages, cts.Token));
        await WaitForAsync(() => Server.Requests.Any(r => r.Status == 429) || download.IsCompleted);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.DoesNotContain(Server.Requests, r => r.Status == 418);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 1000 && !condition(); i++) await Task.Delay(10);
    }
}
