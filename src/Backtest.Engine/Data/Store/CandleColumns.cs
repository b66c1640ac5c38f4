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
    public void CopyFrom(CandleSeries series, int start, int end, int at) => Put(at,
        series.OpenTimeMs[start..end], series.Open[start..end], series.High[start..end], series.Low[start..end],
        series.Close[start..end], series.Volume[start..end], series.QuoteVolume[start..end], series.Trades[start..end]);

    /// <summary>Copies rows <c>[start, end)</c> of <paramref name="source"/> to row <paramref name="at"/>.</summary>
    public void CopyFrom(CandleColumns source, int start, int end, int at) => Put(at,
        source.Time.AsSpan(start..end), source.Open.AsSpan(start..end), source.High.AsSpan(start..end), source.Low.AsSpan(start..end),
        source.Close.AsSpan(start..end), source.Volume.AsSpan(start..end), source.QuoteVolume.AsSpan(start..end), source.Trades.AsSpan(start..end));

    /// <summary>Hands the columns to a series without copying.</summary>
    public CandleSeries ToSeries(CandleStoreKey key, bool isSynthetic) =>
        new(key.Symbol, key.Market, key.Interval, key.Source, isSynthetic, Count, Time, Open, High, Low, Close, Volume, QuoteVolume, Trades);

    private void Put(int at,
        ReadOnlySpan<long> time, ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low,
        ReadOnlySpan<double> close, ReadOnlySpan<double> volume, ReadOnlySpan<double> quoteVolume, ReadOnlySpan<long> trades)
    {
        time.CopyTo(Time.AsSpan(at));
        open.CopyTo(Open.AsSpan(at));
        high.CopyTo(High.AsSpan(at));
        low.CopyTo(Low.AsSpan(at));
        close.CopyTo(Close.AsSpan(at));
        volume.CopyTo(Volume.AsSpan(at));
        quoteVolume.CopyTo(QuoteVolume.AsSpan(at));
        trades.CopyTo(Trades.AsSpan(at));
    }

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
