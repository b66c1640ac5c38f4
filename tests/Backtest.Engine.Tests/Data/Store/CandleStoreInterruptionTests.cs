using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

using static Backtest.Engine.Tests.Data.Store.StoreTestData;

namespace Backtest.Engine.Tests.Data.Store;

/// <summary>A sync that fails, is cancelled, or races a reader leaves whole pages only, and resumes cleanly.</summary>
public sealed class CandleStoreInterruptionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FixedClock _clock = FixedClock.At(Ms(2026, 1, 5, 12));
    private static readonly CandleRequest TwoYears = new("BTCUSDT", Interval.OneDay, Market.Spot, Utc(2018, 1, 1), Utc(2020, 1, 1));
    private static readonly CandleStoreKey Key = new("exchange", Market.Spot, "BTCUSDT", Interval.OneDay);

    public void Dispose() => _folder.Dispose();

    private CandleStore Open() => new(_folder.File(), _clock);

    [Fact]
    public async Task Sync_FailingAtPage4_KeepsThreeWholePagesAndResumesFromThem()
    {
        using (var store = Open())
        {
            var failing = new PagedCandleSource(Spot1d, 100) { FailAtPage = 4 };
            var ex = await Assert.ThrowsAsync<BacktestException>(() => store.SyncAsync(failing, TwoYears));
            Assert.Equal(ErrorKind.Network, ex.Kind);
        }
        await AssertResumesAfterPages(3);
    }

    [Fact]
    public async Task Sync_CancelledAtPage3_KeepsTwoWholePagesAndResumesFromThem()
    {
        using (var store = Open())
        {
            using var cancel = new CancellationTokenSource();
            var source = new PagedCandleSource(Spot1d, 100) { Canceller = cancel, CancelAtPage = 3 };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SyncAsync(source, TwoYears, null, cancel.Token));
        }
        await AssertResumesAfterPages(2);
    }

    private async Task AssertResumesAfterPages(int pages)
    {
        long committedEnd = Ms(2018, 1, 1) + pages * 100 * 86_400_000L;
        using var store = Open();
        Assert.Equal([(Ms(2018, 1, 1), committedEnd)], store.Coverage(Key));
        AssertSameCandles(Spot1d.Slice(Ms(2018, 1, 1), committedEnd), store.Read(Key, long.MinValue, long.MaxValue));

        var resumed = new PagedCandleSource(Spot1d, 100);
        var all = await store.SyncAsync(resumed, TwoYears);
        Assert.Equal((committedEnd, Ms(2020, 1, 1)), Assert.Single(resumed.Requests));
        Assert.Equal((730 - pages * 100 + 99) / 100, resumed.Pages);
        AssertSameCandles(Spot1d.Slice(Ms(2018, 1, 1), Ms(2020, 1, 1)), all);
        AssertSameCandles(all, store.Read(Key, long.MinValue, long.MaxValue));
        Assert.Equal([(Ms(2018, 1, 1), Ms(2020, 1, 1))], store.Coverage(Key));
    }

    [Fact]
    public async Task Read_DuringWrites_SeesEachWriteWholeOrNotAtAll()
    {
        // 20,000 one-minute candles span 21 chunks; every write sets all of them to one version number, so a
        // read that saw part of a write would mix versions.
        const int Candles = 20_000, Versions = 20;
        var key = new CandleStoreKey("sample", Market.Spot, "VERSIONED", Interval.OneMinute);
        using var writer = Open();
        using var reader = Open();
        var reading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readerTask = Task.Run(() =>
        {
            int reads = 0;
            double lastVersion = 0;
            while (lastVersion < Versions)
            {
                var seen = reader.Read(key, long.MinValue, long.MaxValue);
                reads++;
                reading.TrySetResult();
                if (seen.Count == 0) continue;
                Assert.Equal(Candles, seen.Count);
                double version = seen.Open[0];
                Assert.Equal(-1, seen.Close.IndexOfAnyExcept(version));
                Assert.Equal(-1, seen.Trades.IndexOfAnyExcept((long)version));
                Assert.True(version >= lastVersion, $"version went back from {lastVersion} to {version}");
                lastVersion = version;
            }
            return reads;
        });
        await reading.Task.WaitAsync(TimeSpan.FromMinutes(1));
        for (int version = 1; version <= Versions; version++)
        {
            var builder = new CandleSeriesBuilder(Candles);
            for (int i = 0; i < Candles; i++) builder.Add(i * 60_000L, version, version, version, version, i, double.NaN, version);
            writer.Write(key, builder.Build("VERSIONED", Market.Spot, Interval.OneMinute, "sample"), 0, Candles * 60_000L);
        }
        Assert.True(await readerTask.WaitAsync(TimeSpan.FromMinutes(2)) > 0);
    }
}
