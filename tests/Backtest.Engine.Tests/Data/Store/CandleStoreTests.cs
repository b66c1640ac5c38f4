using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

using static Backtest.Engine.Tests.Data.Store.StoreTestData;

namespace Backtest.Engine.Tests.Data.Store;

public sealed class CandleStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FixedClock _clock = FixedClock.At(Ms(2030, 1, 1));

    public void Dispose() => _folder.Dispose();

    private CandleStore Open() => new(_folder.File(), _clock);

    private static CandleStoreKey KeyOf(CandleSeries s) => new("binance", s.Market, s.Symbol, s.Interval);

    public static TheoryData<string> RealFiles => ["spot-1d", "xrp-1d", "futures-1d", "spot-1h"];

    private static CandleSeries File(string name) => name switch
    {
        "spot-1d" => Spot1d,
        "xrp-1d" => Xrp1d,
        "futures-1d" => Futures1d,
        _ => Spot1h,
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void WriteThenRead_RealFile_IsBitExact(string name)
    {
        var candles = File(name);
        using (var store = Open()) store.Write(KeyOf(candles), candles, long.MinValue, long.MinValue);
        using var reopened = Open();
        var back = reopened.Read(KeyOf(candles), long.MinValue, long.MaxValue);
        AssertSameCandles(candles, back);
        Assert.Equal(("binance", candles.Symbol, candles.Interval, candles.Market), (back.Source, back.Symbol, back.Interval, back.Market));
    }

    [Fact]
    public void RoundTrip_UnknownFields_StayNaNAndMinusOne()
    {
        using var store = Open();
        store.Write(KeyOf(Xrp1d), Xrp1d, 0, 0);
        var first = store.Read(KeyOf(Xrp1d), long.MinValue, long.MaxValue)[0];
        Assert.Null(first.QuoteVolume);
        Assert.Null(first.Trades);
        Assert.True(double.IsNaN(Xrp1d.QuoteVolume[0]) && Xrp1d.Trades[0] == -1);
    }

    [Fact]
    public void Read_HalfOpenRange_IncludesStartExcludesEnd()
    {
        using var store = Open();
        store.Write(KeyOf(Spot1h), Spot1h, 0, 0);
        long from = Ms(2019, 3, 1), to = Ms(2019, 4, 1, 5);
        var part = store.Read(KeyOf(Spot1h), from, to);
        AssertSameCandles(Spot1h.Slice(from, to), part);
        Assert.Equal(from, part.OpenTimeMs[0]);
        Assert.Equal(to - 3_600_000, part.OpenTimeMs[^1]);
        Assert.Equal(0, store.Read(KeyOf(Spot1h), to, from).Count);
    }

    [Fact]
    public void Write_InterleavedBatches_MergeSortedWithoutDuplicates()
    {
        var odd = new CandleSeriesBuilder();
        var even = new CandleSeriesBuilder();
        for (int i = 0; i < Spot1d.Count; i++) (i % 2 == 0 ? even : odd).AddRange(Spot1d.SliceByIndex(i, 1));
        using var store = Open();
        var key = KeyOf(Spot1d);
        store.Write(key, odd.Build("BTCUSDT", Market.Spot, Interval.OneDay, "csv"), 0, 0);
        store.Write(key, even.Build("BTCUSDT", Market.Spot, Interval.OneDay, "csv"), 0, 0);
        store.Write(key, Spot1d.Slice(Ms(2019, 1, 1), Ms(2019, 2, 1)), 0, 0);
        AssertSameCandles(Spot1d, store.Read(key, long.MinValue, long.MaxValue));
    }

    [Fact]
    public void Write_SameOpenTimes_ReplacesOldCandles()
    {
        using var store = Open();
        var key = KeyOf(Spot1d);
        store.Write(key, Spot1d, 0, 0);
        // Spans a chunk boundary (chunks of 1,000 days start at multiples of 1,000 days since the epoch).
        var revised = Spot1d.Slice(Ms(2019, 5, 1), Ms(2019, 11, 1));
        var builder = new CandleSeriesBuilder();
        for (int i = 0; i < revised.Count; i++)
        {
            builder.Add(revised.OpenTimeMs[i], 1, 2, 0.5, 1.5, 10 + i, double.NaN, -1);
        }
        store.Write(key, builder.Build("BTCUSDT", Market.Spot, Interval.OneDay, "csv"), 0, 0);

        var back = store.Read(key, long.MinValue, long.MaxValue);
        Assert.Equal(Spot1d.Count, back.Count);
        int at = back.LowerBound(Ms(2019, 5, 1));
        Assert.Equal(new Candle(Utc(2019, 5, 1), 1, 2, 0.5, 1.5, 10, Symbol: back.Symbol, Interval: back.Interval), back[at]);
        Assert.Equal(10 + revised.Count - 1, back[at + revised.Count - 1].Volume);
        AssertSameCandles(Spot1d.Slice(long.MinValue, Ms(2019, 5, 1)), back.Slice(long.MinValue, Ms(2019, 5, 1)));
        AssertSameCandles(Spot1d.Slice(Ms(2019, 11, 1), long.MaxValue), back.Slice(Ms(2019, 11, 1), long.MaxValue));
    }

    [Fact]
    public void Write_OutOfOrderBatch_IsRefusedAndStoresNothing()
    {
        var builder = new CandleSeriesBuilder();
        builder.AddRange(Spot1d.SliceByIndex(10, 1));
        builder.AddRange(Spot1d.SliceByIndex(5, 1));
        using var store = Open();
        var ex = Assert.Throws<BacktestException>(() => store.Write(KeyOf(Spot1d), builder.Build("BTCUSDT", Market.Spot, Interval.OneDay, "csv"), 0, Ms(2020, 1, 1)));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("not strictly ascending", ex.Message, StringComparison.Ordinal);
        Assert.Empty(store.Keys());
    }

    [Fact]
    public void Write_OtherInterval_IsRefused()
    {
        using var store = Open();
        var ex = Assert.Throws<BacktestException>(() => store.Write(KeyOf(Spot1d) with { Interval = Interval.OneHour }, Spot1d, 0, 0));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
    }

    [Fact]
    public void Write_FormingCandle_IsDroppedAndCoverageStopsAtItsOpen()
    {
        // At 2020-06-15 12:00 the 2020-06-15 daily candle is still forming.
        _clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(Ms(2020, 6, 15, 12));
        using var store = Open();
        var key = KeyOf(Spot1d);
        store.Write(key, Spot1d.Slice(Ms(2020, 6, 1), Ms(2020, 6, 16)), Ms(2020, 6, 1), Ms(2020, 6, 16));
        var stored = store.Read(key, long.MinValue, long.MaxValue);
        Assert.Equal(Ms(2020, 6, 14), stored.OpenTimeMs[^1]);
        Assert.Equal(14, stored.Count);
        Assert.Equal([(Ms(2020, 6, 1), Ms(2020, 6, 15))], store.Coverage(key));
    }

    [Fact]
    public void Coverage_AdjacentAndOverlappingSpans_AreMerged()
    {
        using var store = Open();
        var key = KeyOf(Spot1d);
        var none = CandleSeries.Empty("BTCUSDT", Market.Spot, Interval.OneDay, "csv");
        store.Write(key, none, 100, 200);
        store.Write(key, none, 300, 400);
        store.Write(key, none, 500, 600);
        Assert.Equal([(100L, 200L), (300L, 400L), (500L, 600L)], store.Coverage(key));
        store.Write(key, none, 200, 300);
        store.Write(key, none, 350, 550);
        Assert.Equal([(100L, 600L)], store.Coverage(key));
        store.Write(key, none, 700, 700);
        Assert.Equal([(100L, 600L)], store.Coverage(key));
    }

    [Fact]
    public void KeysAndDelete_ListAndRemoveSeries()
    {
        using var store = Open();
        store.Write(KeyOf(Spot1d), Spot1d, Spot1d.OpenTimeMs[0], Ms(2026, 1, 5));
        store.Write(KeyOf(Futures1d), Futures1d, 0, 0);
        store.Write(KeyOf(Xrp1d), Xrp1d, 0, 0);
        Assert.Equal(
            ["binance/Spot/BTCUSDT/1d", "binance/Spot/XRPUSDT/1d", "binance/UsdMFutures/BTCUSDT/1d"],
            store.Keys().Select(k => k.ToString()));

        store.Delete(KeyOf(Spot1d));
        Assert.Equal(2, store.Keys().Count);
        Assert.Equal(0, store.Read(KeyOf(Spot1d), long.MinValue, long.MaxValue).Count);
        Assert.Empty(store.Coverage(KeyOf(Spot1d)));
        AssertSameCandles(Xrp1d, store.Read(KeyOf(Xrp1d), long.MinValue, long.MaxValue));
    }

    [Fact]
    public void Key_SymbolCase_SharesOneSeries()
    {
        using var store = Open();
        store.Write(new CandleStoreKey("binance", Market.Spot, "btcusdt", Interval.OneDay), Spot1d, 0, 0);
        Assert.Equal(Spot1d.Count, store.Read(KeyOf(Spot1d), long.MinValue, long.MaxValue).Count);
        Assert.Equal("BTCUSDT", Assert.Single(store.Keys()).Symbol);
    }

    [Fact]
    public void Read_SyntheticCandles_StaySynthetic()
    {
        var synthetic = new CandleSeries("SAMPLE", Market.Spot, Interval.OneDay, "sample", true, 3,
            [0, 86_400_000, 172_800_000], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 1, 1], [1, 1, 1], [1, 1, 1]);
        using var store = Open();
        var key = new CandleStoreKey("sample", Market.Spot, "SAMPLE", Interval.OneDay);
        store.Write(key, synthetic, 0, 0);
        Assert.True(store.Read(key, long.MinValue, long.MaxValue).IsSynthetic);
        store.Write(KeyOf(Spot1d), Spot1d, 0, 0);
        Assert.False(store.Read(KeyOf(Spot1d), long.MinValue, long.MaxValue).IsSynthetic);
    }

    [Fact]
    public void WriteThenRead_CalendarMonthsAcrossTheEpoch_RoundTrip()
    {
        var month = Interval.Parse("1M");
        var builder = new CandleSeriesBuilder();
        for (long open = month.Floor(Ms(1969, 1, 1)); open < Ms(1972, 1, 1); open = month.Next(open))
        {
            builder.Add(open, open, open + 2, open - 1, open + 1, 1e-8, double.NaN, open % 7);
        }
        var months = builder.Build("OLD", Market.Spot, month, "csv");
        using var store = Open();
        var key = new CandleStoreKey("csv", Market.Spot, "OLD", month);
        store.Write(key, months, Ms(1969, 1, 1), Ms(1972, 1, 1));
        AssertSameCandles(months, store.Read(key, long.MinValue, long.MaxValue));
        AssertSameCandles(months.Slice(Ms(1969, 12, 1), Ms(1970, 3, 1)), store.Read(key, Ms(1969, 12, 1), Ms(1970, 3, 1)));
        Assert.Equal(3, store.Read(key, Ms(1969, 12, 1), Ms(1970, 3, 1)).Count);
    }

    [Fact]
    public void Dispose_ThenUse_Throws()
    {
        var store = Open();
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.Keys());
    }
}
