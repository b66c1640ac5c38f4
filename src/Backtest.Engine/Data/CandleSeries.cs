namespace Backtest.Engine.Data;

/// <summary>
/// Candles of one symbol at one interval, stored as columns (one array per field) so indicators and the
/// simulator read contiguous memory. Open times are epoch milliseconds, UTC, ascending unless a
/// data-quality report says otherwise. Missing quote volume is <see cref="double.NaN"/>; missing trade
/// counts are -1. The arrays are owned by the series and never change after construction.
/// </summary>
public sealed class CandleSeries
{
    private readonly long[] _openTime;
    private readonly double[] _open, _high, _low, _close, _volume, _quoteVolume;
    private readonly long[] _trades;

    /// <summary>Creates a series that takes ownership of the given columns (all of length <paramref name="count"/> or more).</summary>
    public CandleSeries(
        string symbol, Market market, Interval interval, string source, bool isSynthetic, int count,
        long[] openTime, double[] open, double[] high, double[] low, double[] close, double[] volume,
        double[] quoteVolume, long[] trades)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(source);
        foreach (var length in (ReadOnlySpan<int>)[openTime.Length, open.Length, high.Length, low.Length, close.Length, volume.Length, quoteVolume.Length, trades.Length])
        {
            if (length < count) throw new ArgumentException($"Every column needs at least {count} values.", nameof(count));
        }
        Symbol = symbol;
        Market = market;
        Interval = interval;
        Source = source;
        IsSynthetic = isSynthetic;
        Count = count;
        (_openTime, _open, _high, _low, _close, _volume, _quoteVolume, _trades) = (openTime, open, high, low, close, volume, quoteVolume, trades);
    }

    /// <summary>Upper-case symbol, e.g. <c>BTCUSDT</c>.</summary>
    public string Symbol { get; }

    /// <summary>Spot or USD-M futures.</summary>
    public Market Market { get; }

    /// <summary>The candle interval.</summary>
    public Interval Interval { get; }

    /// <summary>Where the candles came from: <c>binance</c>, <c>binance-futures</c>, <c>sample</c>, or a file path.</summary>
    public string Source { get; }

    /// <summary>True when the candles are synthetic (the Sample source); every output made from them says so.</summary>
    public bool IsSynthetic { get; }

    /// <summary>Number of candles.</summary>
    public int Count { get; }

    /// <summary>Open times, epoch milliseconds UTC.</summary>
    public ReadOnlySpan<long> OpenTimeMs => _openTime.AsSpan(0, Count);

    /// <summary>Open prices.</summary>
    public ReadOnlySpan<double> Open => _open.AsSpan(0, Count);

    /// <summary>High prices.</summary>
    public ReadOnlySpan<double> High => _high.AsSpan(0, Count);

    /// <summary>Low prices.</summary>
    public ReadOnlySpan<double> Low => _low.AsSpan(0, Count);

    /// <summary>Close prices.</summary>
    public ReadOnlySpan<double> Close => _close.AsSpan(0, Count);

    /// <summary>Base-asset volumes.</summary>
    public ReadOnlySpan<double> Volume => _volume.AsSpan(0, Count);

    /// <summary>Quote-asset volumes (<see cref="double.NaN"/> where unknown).</summary>
    public ReadOnlySpan<double> QuoteVolume => _quoteVolume.AsSpan(0, Count);

    /// <summary>Trade counts (-1 where unknown).</summary>
    public ReadOnlySpan<long> Trades => _trades.AsSpan(0, Count);

    /// <summary>Open time of the first candle (UTC), or null when empty.</summary>
    public DateTime? StartTime => Count == 0 ? null : ToUtc(_openTime[0]);

    /// <summary>Open time of the last candle (UTC), or null when empty.</summary>
    public DateTime? EndTime => Count == 0 ? null : ToUtc(_openTime[Count - 1]);

    /// <summary>The candle at <paramref name="index"/> as a row.</summary>
    public Candle this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"Index must be in [0, {Count}).");
            double qv = _quoteVolume[index];
            long trades = _trades[index];
            return new Candle(ToUtc(_openTime[index]), _open[index], _high[index], _low[index], _close[index], _volume[index],
                double.IsNaN(qv) ? null : qv, trades < 0 ? null : trades, Symbol, Interval);
        }
    }

    /// <summary>Every candle as a row, in stored order.</summary>
    public IEnumerable<Candle> AsCandles()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>The candles whose open time lies in <c>[fromMs, toMs)</c>, as a new series (columns copied).</summary>
    public CandleSeries Slice(long fromMs, long toMs)
    {
        int start = LowerBound(fromMs), end = LowerBound(toMs);
        return SliceByIndex(start, Math.Max(start, end) - start);
    }

    /// <summary><paramref name="length"/> candles starting at <paramref name="start"/>, as a new series (columns copied).</summary>
    public CandleSeries SliceByIndex(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Count) throw new ArgumentOutOfRangeException(nameof(length));
        return new CandleSeries(Symbol, Market, Interval, Source, IsSynthetic, length,
            _openTime.AsSpan(start, length).ToArray(), _open.AsSpan(start, length).ToArray(), _high.AsSpan(start, length).ToArray(),
            _low.AsSpan(start, length).ToArray(), _close.AsSpan(start, length).ToArray(), _volume.AsSpan(start, length).ToArray(),
            _quoteVolume.AsSpan(start, length).ToArray(), _trades.AsSpan(start, length).ToArray());
    }

    /// <summary>The same candles relabelled (e.g. with the symbol a file did not name).</summary>
    public CandleSeries With(string? symbol = null, Market? market = null, Interval? interval = null, string? source = null) =>
        new(symbol ?? Symbol, market ?? Market, interval ?? Interval, source ?? Source, IsSynthetic, Count,
            _openTime, _open, _high, _low, _close, _volume, _quoteVolume, _trades);

    /// <summary>An empty series.</summary>
    public static CandleSeries Empty(string symbol, Market market, Interval interval, string source, bool isSynthetic = false) =>
        new(symbol, market, interval, source, isSynthetic, 0, [], [], [], [], [], [], [], []);

    /// <summary>Index of the first candle whose open time is at or after <paramref name="epochMs"/> (assumes ascending times).</summary>
    public int LowerBound(long epochMs)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (_openTime[mid] < epochMs) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Converts epoch milliseconds to a UTC <see cref="DateTime"/>.</summary>
    public static DateTime ToUtc(long epochMs) => DateTime.UnixEpoch.AddMilliseconds(epochMs);

    /// <summary>Converts a <see cref="DateTime"/> to epoch milliseconds; unspecified kinds are taken as UTC, local ones are converted.</summary>
    public static long ToEpochMs(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time).ToUnixTimeMilliseconds(),
        _ => (long)(DateTime.SpecifyKind(time, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalMilliseconds,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Symbol} {Interval} {Market} · {Count} candles{(Count > 0 ? $" {StartTime:u} .. {EndTime:u}" : "")}{(IsSynthetic ? " · SYNTHETIC" : "")}";
}
