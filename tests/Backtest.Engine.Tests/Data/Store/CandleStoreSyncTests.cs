using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;

using static Backtest.Engine.Tests.Data.Store.StoreTestData;

namespace Backtest.Engine.Tests.Data.Store;

public sealed class CandleStoreSyncTests : IDisposable
{
    private const long Day = 86_400_000;
    private readonly TempFolder _folder = new();
    private readonly FixedClock _clock = FixedClock.At(Ms(2026, 1, 5, 12));

    public void Dispose() => _folder.Dispose();

    private CandleStore Open() => new(_folder.File(), _clock);

    private static CandleRequest Daily(DateTime? start, DateTime? end) => new("BTCUSDT", Interval.OneDay, Market.Spot, start, end);

    [Fact]
    public async Task Sync_OverlappingRequests_DownloadOnlyTheMissingSpans()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 100);

        var first = await store.SyncAsync(exchange, Daily(Utc(2018, 1, 1), Utc(2019, 1, 1)));
        AssertSameCandles(Spot1d.Slice(Ms(2018, 1, 1), Ms(2019, 1, 1)), first);
        Assert.Equal((1, 4), (exchange.Requests.Count, exchange.Pages));

        var wider = await store.SyncAsync(exchange, Daily(Utc(2017, 8, 17), Utc(2020, 1, 1)));
        AssertSameCandles(Spot1d.Slice(Ms(2017, 8, 17), Ms(2020, 1, 1)), wider);
        Assert.Equal(
            [(Ms(2018, 1, 1), Ms(2019, 1, 1)), (Ms(2017, 8, 17), Ms(2018, 1, 1)), (Ms(2019, 1, 1), Ms(2020, 1, 1))],
            exchange.Requests);
        Assert.Equal(4 + 2 + 4, exchange.Pages);
        Assert.Equal([(Ms(2017, 8, 17), Ms(2020, 1, 1))], store.Coverage(new CandleStoreKey("exchange", Market.Spot, "BTCUSDT", Interval.OneDay)));

        var again = await store.SyncAsync(exchange, Daily(Utc(2017, 8, 17), Utc(2020, 1, 1)));
        AssertSameCandles(wider, again);
        Assert.Equal(3, exchange.Requests.Count);
        Assert.Equal(10, exchange.Pages);
    }

    [Fact]
    public async Task Sync_ExtendedEnd_DownloadsOnlyTheNewPart()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 1000);
        await store.SyncAsync(exchange, Daily(Utc(2019, 1, 1), Utc(2020, 1, 1)));
        var longer = await store.SyncAsync(exchange, Daily(Utc(2019, 1, 1), Utc(2020, 2, 1)));
        Assert.Equal((Ms(2020, 1, 1), Ms(2020, 2, 1)), exchange.Requests[^1]);
        Assert.Equal(2, exchange.Pages);
        AssertSameCandles(Spot1d.Slice(Ms(2019, 1, 1), Ms(2020, 2, 1)), longer);
    }

    [Fact]
    public async Task Sync_NoEnd_StopsAtTheLastCompleteBar()
    {
        _clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(Ms(2021, 1, 1, 12));
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 500);
        var synced = await store.SyncAsync(exchange, Daily(Utc(2020, 1, 1), null));
        Assert.Equal((Ms(2020, 1, 1), Ms(2021, 1, 1)), Assert.Single(exchange.Requests));
        AssertSameCandles(Spot1d.Slice(Ms(2020, 1, 1), Ms(2021, 1, 1)), synced);

        _clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(Ms(2021, 1, 3, 1));
        var later = await store.SyncAsync(exchange, Daily(Utc(2020, 1, 1), null));
        Assert.Equal((Ms(2021, 1, 1), Ms(2021, 1, 3)), exchange.Requests[^1]);
        Assert.Equal(Ms(2021, 1, 2), later.OpenTimeMs[^1]);
    }

    [Fact]
    public async Task Sync_RealExchangeGaps_AreCoveredAndNeverRequestedAgain()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1h, 1000);
        var hourly = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, Utc(2017, 8, 17), Utc(2022, 10, 12));

        var synced = await store.SyncAsync(exchange, hourly);
        AssertSameCandles(Spot1h, synced);
        long expectedSlots = (Ms(2022, 10, 12) - Ms(2017, 8, 17)) / 3_600_000;
        Assert.True(synced.Count < expectedSlots, "the file has real gaps");
        var key = CandleStoreKey.For(exchange, hourly);
        Assert.Equal([(Ms(2017, 8, 17), Ms(2022, 10, 12))], store.Coverage(key));
        int pages = exchange.Pages;

        AssertSameCandles(Spot1h, await store.SyncAsync(exchange, hourly));
        // The 33 hours missing after 2018-02-08 00:00 exist nowhere: asking for them reads nothing new.
        var gap = await store.SyncAsync(exchange, hourly with { StartTime = Utc(2018, 2, 8, 1), EndTime = Utc(2018, 2, 9, 10) });
        Assert.Empty(gap.AsCandles());
        Assert.Single(exchange.Requests);
        Assert.Equal(pages, exchange.Pages);
    }

    [Fact]
    public async Task Sync_NoStart_CoversFromTheSourceBeginning()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 1000);
        var synced = await store.SyncAsync(exchange, Daily(null, Utc(2018, 1, 1)));
        AssertSameCandles(Spot1d.Slice(long.MinValue, Ms(2018, 1, 1)), synced);
        var key = new CandleStoreKey("exchange", Market.Spot, "BTCUSDT", Interval.OneDay);
        Assert.Equal([(long.MinValue, Ms(2018, 1, 1))], store.Coverage(key));

        // Years before the listing are known empty: no request, and the candles come from the cache.
        var earlier = await store.SyncAsync(exchange, Daily(Utc(2010, 1, 1), Utc(2017, 12, 1)));
        Assert.Single(exchange.Requests);
        AssertSameCandles(Spot1d.Slice(long.MinValue, Ms(2017, 12, 1)), earlier);
    }

    [Fact]
    public async Task Sync_NoStartAfterALaterRange_AsksOnlyForTheBeginning()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 1000);
        await store.SyncAsync(exchange, Daily(Utc(2018, 1, 1), Utc(2019, 1, 1)));
        var all = await store.SyncAsync(exchange, Daily(null, Utc(2019, 1, 1)));
        Assert.Equal((long.MinValue, Ms(2018, 1, 1)), exchange.Requests[^1]);
        AssertSameCandles(Spot1d.Slice(long.MinValue, Ms(2019, 1, 1)), all);
    }

    [Fact]
    public async Task Sync_SourceReturningTheFormingCandle_DoesNotCacheIt()
    {
        _clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(Ms(2020, 6, 15, 12));
        using var store = Open();
        // The exchange serves up to and including the forming 2020-06-15 bar, whatever end it is asked for.
        var exchange = new PagedCandleSource(Spot1d.Slice(long.MinValue, Ms(2020, 6, 16)), 7) { IgnoreEnd = true };
        var synced = await store.SyncAsync(exchange, Daily(Utc(2020, 6, 1), null));
        Assert.Equal(Ms(2020, 6, 14), synced.OpenTimeMs[^1]);
        var key = CandleStoreKey.For(exchange, Daily(null, null));
        Assert.Equal([(Ms(2020, 6, 1), Ms(2020, 6, 15))], store.Coverage(key));

        _clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(Ms(2020, 6, 16, 1));
        var exchangeNextDay = new PagedCandleSource(Spot1d.Slice(long.MinValue, Ms(2020, 6, 17)), 7) { IgnoreEnd = true };
        var completed = await store.SyncAsync(exchangeNextDay, Daily(Utc(2020, 6, 1), null));
        Assert.Equal((Ms(2020, 6, 15), Ms(2020, 6, 16)), Assert.Single(exchangeNextDay.Requests));
        AssertSameCandles(Spot1d.Slice(Ms(2020, 6, 1), Ms(2020, 6, 16)), completed);
    }

    [Fact]
    public async Task Sync_ReportsProgressPerPage()
    {
        using var store = Open();
        var exchange = new PagedCandleSource(Spot1d, 100);
        var reports = new List<DownloadProgress>();
        await store.SyncAsync(exchange, Daily(Utc(2019, 1, 1), Utc(2019, 12, 1)), new InlineProgress(reports.Add));
        Assert.Equal([100L, 200, 300, 334], reports.Select(r => r.Candles));
        Assert.All(reports, r => Assert.Equal(334, r.ExpectedCandles));
        Assert.Equal(Utc(2019, 11, 30), reports[^1].Through);
        Assert.Equal(100, reports[^1].Percent);
    }

    [Fact]
    public async Task Sync_SameFileFromTwoSources_KeepsThemApart()
    {
        using var store = Open();
        await store.SyncAsync(new PagedCandleSource(Spot1d, 1000, "one"), Daily(Utc(2019, 1, 1), Utc(2019, 2, 1)));
        await store.SyncAsync(new PagedCandleSource(Futures1d, 1000, "two"), Daily(Utc(2022, 1, 1), Utc(2022, 2, 1)));
        Assert.Equal(["one/Spot/BTCUSDT/1d", "two/Spot/BTCUSDT/1d"], store.Keys().Select(k => k.ToString()));
        Assert.Equal(31 * Day, store.Coverage(store.Keys()[1]).Sum(s => s.ToMs - s.FromMs));
    }

    private sealed class InlineProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
