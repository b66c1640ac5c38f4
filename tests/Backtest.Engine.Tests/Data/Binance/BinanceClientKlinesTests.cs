using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Kline pagination against the loopback server serving the real shared candles.</summary>
public sealed class BinanceClientKlinesTests : FakeBinanceServerTest
{
    private static readonly ReferenceCandles Spot1h = ReferenceCandles.Load("spot/BTCUSDT-1h.csv.gz");
    private static readonly ReferenceCandles Futures1h = ReferenceCandles.Load("futures_um/BTCUSDT-1h.csv.gz");

    [Fact]
    public async Task SpotHourlyWholeHistory_EqualsSharedFileRowForRow()
    {
        using var client = new BinanceClient(Server.ClientOptions());
        var (all, pages) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(new CandleRequest("btcusdt", Interval.OneHour)));

        ReferenceAssert.EqualsFile(Spot1h, 0, Spot1h.Count, all);
        Assert.Equal((Spot1h.Count + 999) / 1000, pages);
        Assert.Equal("BTCUSDT", all.Symbol);
        Assert.Equal("binance", all.Source);
        var klines = Server.Requests.Where(r => r.Path == "/api/v3/klines" && r.Param("startTime") is not null).ToList();
        Assert.Equal("0", klines[0].Param("startTime")); // null start = from the earliest candle
        Assert.All(klines, r => Assert.Equal("1000", r.Param("limit")));
    }

    [Fact]
    public async Task FuturesHourly_EqualsSharedFileIncludingQuoteVolumeAndTrades()
    {
        using var client = new BinanceClient(Server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.UsdMFutures, CandleSeries.ToUtc(Futures1h.OpenTime[0]));
        var (all, pages) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request));

        ReferenceAssert.EqualsFile(Futures1h, 0, Futures1h.Count, all);
        Assert.Equal((Futures1h.Count + 1499) / 1500, pages);
        Assert.Equal("binance-futures", all.Source);
        Assert.All(Server.Requests.Where(r => r.Path == "/fapi/v1/klines" && r.Param("startTime") is not null), r => Assert.Equal("1500", r.Param("limit")));
    }

    [Fact]
    public async Task SpotDailyWithTradeCounts_EqualsSharedFile()
    {
        var daily = ReferenceCandles.Load("spot/BTCUSDT-1d.csv");
        using var client = new BinanceClient(Server.ClientOptions());
        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(new CandleRequest("BTCUSDT", Interval.OneDay)));

        ReferenceAssert.EqualsFile(daily, 0, daily.Count, all);
        Assert.True(all.Trades[0] > 0);
    }

    [Fact]
    public async Task BoundedRange_YieldsExactlyTheHalfOpenRange()
    {
        int from = 2500, to = 4321;
        using var client = new BinanceClient(Server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[from]), CandleSeries.ToUtc(Spot1h.OpenTime[to]));
        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request));

        ReferenceAssert.EqualsFile(Spot1h, from, to - from, all);
        Assert.All(Server.Requests.Where(r => r.Path == "/api/v3/klines"), r => Assert.Equal(Spot1h.OpenTime[to] - 1, long.Parse(r.Param("endTime")!)));
    }

    [Fact]
    public async Task RangeInsideAnExchangeOutage_IsEmptyWithoutError()
    {
        // Spot BTCUSDT has no candles for 33 hours after 2018-02-08 00:00; a range inside that gap really is empty.
        var start = new DateTime(2018, 2, 8, 5, 0, 0, DateTimeKind.Utc);
        Assert.Equal(Spot1h.LowerBound(CandleSeries.ToEpochMs(start)), Spot1h.LowerBound(CandleSeries.ToEpochMs(start.AddHours(10))));
        using var client = new BinanceClient(Server.ClientOptions());
        var (all, pages) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, start, start.AddHours(10))));

        Assert.Equal(0, pages);
        Assert.Equal(0, all.Count);
    }

    [Fact]
    public async Task EmptyPageOnceMidRange_IsRequestedAgainAndNothingIsLost()
    {
        Server.EmptyKlinesPageFrom(Spot1h.OpenTime[20_000], count: 1);
        using var client = new BinanceClient(Server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[15_000]), CandleSeries.ToUtc(Spot1h.OpenTime[26_000]));
        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request));

        ReferenceAssert.EqualsFile(Spot1h, 15_000, 11_000, all);
        var starts = Server.Requests.Where(r => r.Path == "/api/v3/klines").Select(r => r.Param("startTime")).ToList();
        Assert.Equal(starts.Count - 1, starts.Distinct().Count()); // exactly one page was asked for twice
    }

    [Fact]
    public async Task EmptyPagesMidRangeWhileLaterDataExists_FailInsteadOfTruncating()
    {
        Server.EmptyKlinesPageFrom(Spot1h.OpenTime[20_000], count: 1000);
        using var client = new BinanceClient(Server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[15_000]), CandleSeries.ToUtc(Spot1h.OpenTime[26_000]));
        int received = 0;

        var ex = await Assert.ThrowsAsync<BacktestException>(async () =>
        {
            await foreach (var page in client.GetKlinePagesAsync(request)) received += page.Count;
        });

        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("empty klines page", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT", ex.Message, StringComparison.Ordinal);
        Assert.True(received < 11_000);
    }

    [Fact]
    public async Task StillFormingLastCandle_IsNotYielded()
    {
        int forming = 12_000;
        var now = DateTimeOffset.FromUnixTimeMilliseconds(Futures1h.OpenTime[forming] + 30 * 60_000);
        var clock = new ShiftedTimeProvider(now);
        await using var server = await FakeBinanceServer.StartAsync(new FakeBinanceServerOptions { Clock = clock });
        using var client = new BinanceClient(server.ClientOptions(), timeProvider: clock);
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.UsdMFutures, CandleSeries.ToUtc(Futures1h.OpenTime[forming - 2000]));

        var (all, _) = await ReferenceAssert.CollectAsync(client.GetKlinePagesAsync(request));

        ReferenceAssert.EqualsFile(Futures1h, forming - 2000, 2000, all);
        Assert.True(Futures1h.OpenTime[forming] <= now.ToUnixTimeMilliseconds()); // so the server did serve the forming candle
    }

    [Fact]
    public async Task EarliestOpenTime_IsTheFirstCandleOfEachMarket()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        Assert.Equal(CandleSeries.ToUtc(Spot1h.OpenTime[0]), await client.GetEarliestOpenTimeAsync("BTCUSDT", Interval.OneHour, Market.Spot));
        Assert.Equal(CandleSeries.ToUtc(Futures1h.OpenTime[0]), await client.GetEarliestOpenTimeAsync("BTCUSDT", Interval.OneHour, Market.UsdMFutures));
        Assert.Null(await client.GetEarliestOpenTimeAsync("TINYUSDT", Interval.OneHour, Market.Spot)); // listed, never traded
        var last = Server.Requests.Last(r => r.Path == "/api/v3/klines");
        Assert.Equal(("0", "1"), (last.Param("startTime"), last.Param("limit")));
    }

    [Fact]
    public async Task Progress_CountsCandlesAgainstTheExpectedTotal()
    {
        int from = 1000, to = 4000;
        var reports = new List<DownloadProgress>();
        using var client = new BinanceClient(Server.ClientOptions());
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, CandleSeries.ToUtc(Spot1h.OpenTime[from]), CandleSeries.ToUtc(Spot1h.OpenTime[to]));

        await foreach (var _ in client.GetKlinePagesAsync(request, new SynchronousProgress(reports.Add))) { }

        Assert.Equal(3, reports.Count);
        Assert.Equal(to - from, reports[^1].Candles);
        long expected = (Spot1h.OpenTime[to] - Spot1h.OpenTime[from]) / 3_600_000;
        Assert.All(reports, r => Assert.Equal(expected, r.ExpectedCandles));
        Assert.Equal(CandleSeries.ToUtc(Spot1h.OpenTime[to - 1]), reports[^1].Through);
    }

    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
