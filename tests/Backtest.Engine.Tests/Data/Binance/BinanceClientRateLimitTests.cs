using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Request weight, 429 back-off and 418 bans, enforced by the loopback server exactly as Binance does.</summary>
public sealed class BinanceClientRateLimitTests
{
    private static readonly ReferenceCandles Spot1h = ReferenceCandles.Load("spot/BTCUSDT-1h.csv.gz");

    [Fact]
    public async Task LongDownloadUnderASmallAdvertisedLimit_NeverExceedsIt()
    {
        // 40 weight per second: the whole history (46 pages x 2 + exchangeInfo 20) needs at least 3 windows.
        var rule = new FakeWeightRule("SECOND", 1, 40);
        await using var server = await FakeBinanceServer.StartAsync(new FakeBinanceServerOptions { SpotWeight = rule });
        using var client = new BinanceClient(server.ClientOptions());

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(new CandleRequest("BTCUSDT", Interval.OneHour)));

        ReferenceAssert.EqualsFile(Spot1h, 0, Spot1h.Count, all);
        var log = server.Requests;
        Assert.All(log, r => Assert.Equal(200, r.Status)); // no 429 (and so no 418) was ever needed
        Assert.True(server.Ledger(Market.Spot).MaxUsedWeight <= rule.Limit);
        int weight = log.Sum(r => r.Weight);
        Assert.True(weight > 2 * rule.Limit, $"the download should need several windows (weight {weight})");
        Assert.True(log.Select(r => r.At.ToUnixTimeMilliseconds() / rule.WindowMs).Distinct().Count() >= (weight + rule.Limit - 1) / rule.Limit);
    }

    [Fact]
    public async Task ConcurrentDownloadsOnOneClient_ShareTheBudget()
    {
        var rule = new FakeWeightRule("SECOND", 1, 40);
        await using var server = await FakeBinanceServer.StartAsync(new FakeBinanceServerOptions { SpotWeight = rule });
        using var client = new BinanceClient(server.ClientOptions());
        int[] starts = [0, 10_000, 20_000];

        var downloads = starts.Select(from => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(new CandleRequest(
            "BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[from]), CandleSeries.ToUtc(Spot1h.OpenTime[from + 8000]))))).ToList();
        var results = await Task.WhenAll(downloads);

        for (int i = 0; i < starts.Length; i++) ReferenceAssert.EqualsFile(Spot1h, starts[i], 8000, results[i].All);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status));
        Assert.True(server.Ledger(Market.Spot).MaxUsedWeight <= rule.Limit);
        Assert.Equal(1, server.Requests.Count(r => r.Path == "/api/v3/exchangeInfo"));
    }

    [Fact]
    public async Task Forced429_IsWaitedOutAndTheDownloadCompletes()
    {
        await using var server = await FakeBinanceServer.StartAsync();
        server.Force429(retryAfterSeconds: 1, count: 1, pathPrefix: "/api/v3/klines");
        using var client = new BinanceClient(server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[0]), CandleSeries.ToUtc(Spot1h.OpenTime[3000]));

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request));

        ReferenceAssert.EqualsFile(Spot1h, 0, 3000, all);
        var statuses = server.Requests.Select(r => r.Status).ToList();
        Assert.Equal(1, statuses.Count(s => s == 429));
        Assert.DoesNotContain(418, statuses); // the server bans any request sent during the back-off, so it waited
        Assert.Equal(200, statuses[^1]);
    }

    [Fact]
    public async Task RetryAfterBeyondTheAllowedWait_ThrowsRateLimitedAndSendsNothingMore()
    {
        await using var server = await FakeBinanceServer.StartAsync();
        server.Force429(retryAfterSeconds: 600, count: 1, pathPrefix: "/api/v3/klines");
        using var client = new BinanceClient(server.ClientOptions() with { MaxRetryAfterWait = TimeSpan.FromSeconds(5) });
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[0]));

        var first = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request)));
        int sent = server.Requests.Count;
        var second = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request)));

        Assert.Equal(ErrorKind.RateLimited, first.Kind);
        Assert.Contains("600", first.Message, StringComparison.Ordinal);
        Assert.Equal("/api/v3/klines", first.Target);
        Assert.Equal(ErrorKind.RateLimited, second.Kind); // the back-off is still latched
        Assert.Equal(sent, server.Requests.Count);
        Assert.DoesNotContain(server.Requests, r => r.Status == 418);
    }

    [Fact]
    public async Task Status418_ThrowsIpBannedAtOnceAndNothingMoreReachesTheServer()
    {
        await using var server = await FakeBinanceServer.StartAsync();
        server.Force418(retryAfterSeconds: 300, pathPrefix: "/api/v3/klines");
        using var client = new BinanceClient(server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[0]));

        var ex = await Assert.ThrowsAsync<BacktestException>(() => ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request)));
        int sent = server.Requests.Count;
        var again = await Assert.ThrowsAsync<BacktestException>(() => client.GetTopSymbolsAsync(5));
        var futures = await Assert.ThrowsAsync<BacktestException>(() => client.GetSymbolsAsync(Market.UsdMFutures));

        Assert.Equal(ErrorKind.IpBanned, ex.Kind);
        Assert.Contains("418", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests.Count(r => r.Path == "/api/v3/klines")); // no retry into the ban
        Assert.Equal((ErrorKind.IpBanned, ErrorKind.IpBanned), (again.Kind, futures.Kind));
        Assert.Equal(sent, server.Requests.Count);
    }

    [Fact]
    public async Task Server_BansAClientThatKeepsSendingDuringA429BackOff()
    {
        // The server's own fidelity: a client that ignores Retry-After is banned, as Binance does.
        await using var server = await FakeBinanceServer.StartAsync(new FakeBinanceServerOptions { SpotWeight = new FakeWeightRule("DAY", 1, 30) });
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var statuses = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            using var response = await http.GetAsync(new Uri("/api/v3/klines?symbol=BTCUSDT&interval=1h&limit=5", UriKind.Relative));
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == (System.Net.HttpStatusCode)418) break;
        }

        Assert.Equal(Enumerable.Repeat(200, 15).Concat([429, 418]), statuses);
        Assert.Equal(30, server.Ledger(Market.Spot).MaxUsedWeight);
    }

    [Fact]
    public void FuturesKlinesWeight_FollowsTheLimitBands()
    {
        Assert.Equal([1, 2, 2, 5, 5, 10], new[] { 99, 100, 499, 500, 1000, 1500 }.Select(BinanceEndpoint.FuturesKlinesWeight));
        Assert.Equal(2, BinanceEndpoint.Klines(Market.Spot, 1000).Weight);
        Assert.Equal((20, 1), (BinanceEndpoint.ExchangeInfo(Market.Spot).Weight, BinanceEndpoint.ExchangeInfo(Market.UsdMFutures).Weight));
        Assert.Equal((80, 40), (BinanceEndpoint.Ticker24hAll(Market.Spot).Weight, BinanceEndpoint.Ticker24hAll(Market.UsdMFutures).Weight));
    }
}
