namespace Backtest.Engine.Data.Store;

/// <summary>
/// Growable column arrays the store decodes chunks into and merges in; reused across the chunks of one
/// operation so a write of many chunks allocates its scratch once.
/// </summary>
internal sealed class CandleColumns
{
    public long[] Time = [];
    public double[] Open = [], High = [], Low = [], Close = [], Volume = [], QuoteVolume = [];
    public long[] Trades = [];

    /// <summary>Rows in use.</summary>
    public int Count;

    /// <summary>Columns with exactly <paramref name="capacity"/> rows of room (a read's final arrays).</summary>
    public static CandleColumns WithCapacity(int capacity)
    {
        var columns = new CandleColumns();
        columns.Allocate(capacity);
        return columns;
    }

    /// <summary>Makes room for <paramref name="capacity"/> rows, dropping the contents when it has to grow.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (Time.Length < capacity) Allocate(Math.Max(capacity, Time.Length * 2));
    }

    /// <summary>Copies the candles of <paramref name="series"/> in <c>[start, end)</c> to row <paramref name="at"/>.</summary>
    public void CopyFrom(CandleSeries series, int start, int end, int at)
    {
        int n = end - start;
        series.OpenTimeMs.Slice(start, n).CopyTo(Time.AsSpan(at));
        series.Open.Slice(start, n).CopyTo(Open.AsSpan(at));
        series.High.Slice(start, n).CopyTo(High.AsSpan(at));
        series.Low.Slice(start, n).CopyTo(Low.AsSpan(at));
        series.Close.Slice(start, n).CopyTo(Close.AsSpan(at));
        series.Volume.Slice(start, n).CopyTo(Volume.AsSpan(at));
        series.QuoteVolume.Slice(start, n).CopyTo(QuoteVolume.AsSpan(at));
        series.Trades.Slice(start, n).CopyTo(Trades.AsSpan(at));
    }

    /// <summary>Copies rows <c>[start, end)</c> of <paramref name="source"/> to row <paramref name="at"/>.</summary>
    public void CopyFrom(CandleColumns source, int start, int end, int at)
    {
        int n = end - start;
        source.Time.AsSpan(start, n).CopyTo(Time.AsSpan(at));
        source.Open.AsSpan(start, n).CopyTo(Open.AsSpan(at));
        source.High.AsSpan(start, n).CopyTo(High.AsSpan(at));
        source.Low.AsSpan(start, n).CopyTo(Low.AsSpan(at));
        source.Close.AsSpan(start, n).CopyTo(Close.AsSpan(at));
        source.Volume.AsSpan(start, n).CopyTo(Volume.AsSpan(at));
        source.QuoteVolume.AsSpan(start, n).CopyTo(QuoteVolume.AsSpan(at));
        source.Trades.AsSpan(start, n).CopyTo(Trades.AsSpan(at));
    }

    /// <summary>Hands the columns to a series without copying.</summary>
    public CandleSeries ToSeries(CandleStoreKey key, bool isSynthetic) =>
        new(key.Symbol, key.Market, key.Interval, key.Source, isSynthetic, Count, Time, Open, High, Low, Close, Volume, QuoteVolume, Trades);

    private void Allocate(int capacity)
    {
        Time = new long[capacity];
        Open = new double[capacity];
        High = new double[capacity];
        Low = new double[capacity];
        Close = new double[capacity];
        Volume = new double[capacity];
        QuoteVolume = new double[capacity];
        Trades = new long[capacity];
    }
}
