namespace Backtest.Engine.Data;

/// <summary>
/// Appends candles column by column with amortised growth, then hands the columns to a
/// <see cref="CandleSeries"/> without copying. Not thread-safe; one builder per series.
/// </summary>
public sealed class CandleSeriesBuilder
{
    private long[] _openTime;
    private double[] _open, _high, _low, _close, _volume, _quoteVolume;
    private long[] _trades;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> candles.</summary>
    public CandleSeriesBuilder(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _openTime = new long[capacity];
        _open = new double[capacity];
        _high = new double[capacity];
        _low = new double[capacity];
        _close = new double[capacity];
        _volume = new double[capacity];
        _quoteVolume = new double[capacity];
        _trades = new long[capacity];
    }

    /// <summary>Candles appended so far.</summary>
    public int Count { get; private set; }

    /// <summary>Open time (epoch ms) of the last appended candle; <see cref="long.MinValue"/> when empty.</summary>
    public long LastOpenTimeMs => Count == 0 ? long.MinValue : _openTime[Count - 1];

    /// <summary>Appends one candle. Use <see cref="double.NaN"/> / -1 for an unknown quote volume / trade count.</summary>
    public void Add(long openTimeMs, double open, double high, double low, double close, double volume, double quoteVolume = double.NaN, long trades = -1)
    {
        if (Count == _openTime.Length) Grow();
        int i = Count++;
        _openTime[i] = openTimeMs;
        _open[i] = open;
        _high[i] = high;
        _low[i] = low;
        _close[i] = close;
        _volume[i] = volume;
        _quoteVolume[i] = quoteVolume;
        _trades[i] = trades;
    }

    /// <summary>Appends every candle of <paramref name="series"/>.</summary>
    public void AddRange(CandleSeries series)
    {
        for (int i = 0; i < series.Count; i++)
        {
            Add(series.OpenTimeMs[i], series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i], series.QuoteVolume[i], series.Trades[i]);
        }
    }

    /// <summary>Builds the series; the builder must not be used afterwards.</summary>
    public CandleSeries Build(string symbol, Market market, Interval interval, string source, bool isSynthetic = false) =>
        new(symbol, market, interval, source, isSynthetic, Count, _openTime, _open, _high, _low, _close, _volume, _quoteVolume, _trades);

    private void Grow()
    {
        int size = _openTime.Length * 2;
        Array.Resize(ref _openTime, size);
        Array.Resize(ref _open, size);
        Array.Resize(ref _high, size);
        Array.Resize(ref _low, size);
        Array.Resize(ref _close, size);
        Array.Resize(ref _volume, size);
        Array.Resize(ref _quoteVolume, size);
        Array.Resize(ref _trades, size);
    }
}
