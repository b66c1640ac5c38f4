using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Backtest.Engine.Data.Store;

/// <summary>
/// The on-disk form of up to <see cref="Intervals"/> consecutive interval slots of one series: a BLOB of eight
/// little-endian columns of <c>count</c> values each, in this order: open time (int64 epoch ms), open, high,
/// low, close, volume, quote volume (IEEE-754 doubles, NaN kept bit for bit) and trades (int64, -1 = unknown).
/// Rows are ascending by open time with no duplicates. A chunk starts at a multiple of
/// <c>Intervals × interval</c> since the epoch, so every candle has exactly one home chunk.
/// </summary>
internal static class CandleChunk
{
    /// <summary>Interval slots per chunk: 64 KB of BLOB when full, about one Binance page.</summary>
    public const int Intervals = 1000;

    /// <summary>Eight 8-byte columns.</summary>
    public const int BytesPerCandle = 64;

    /// <summary>The time span one chunk covers.</summary>
    public static long SpanMs(Interval interval) => Intervals * interval.Milliseconds;

    /// <summary>The start of the chunk that holds <paramref name="openTimeMs"/> (floor, also before the epoch).</summary>
    public static long StartOf(long openTimeMs, long spanMs)
    {
        long q = openTimeMs / spanMs;
        if (openTimeMs % spanMs < 0) q--;
        return q * spanMs;
    }

    /// <summary>The start of the first chunk that may hold times at or after <paramref name="fromMs"/>, saturating at the bottom.</summary>
    public static long FirstFor(long fromMs, long spanMs) => fromMs < long.MinValue + spanMs ? long.MinValue : StartOf(fromMs, spanMs);

    /// <summary>Packs <paramref name="count"/> rows of <paramref name="c"/> from row <paramref name="start"/>.</summary>
    public static byte[] Pack(CandleColumns c, int start, int count) => Pack(
        c.Time.AsSpan(start, count), c.Open.AsSpan(start, count), c.High.AsSpan(start, count), c.Low.AsSpan(start, count),
        c.Close.AsSpan(start, count), c.Volume.AsSpan(start, count), c.QuoteVolume.AsSpan(start, count), c.Trades.AsSpan(start, count));

    /// <summary>Packs <paramref name="count"/> candles of <paramref name="s"/> from index <paramref name="start"/>.</summary>
    public static byte[] Pack(CandleSeries s, int start, int count) => Pack(
        s.OpenTimeMs.Slice(start, count), s.Open.Slice(start, count), s.High.Slice(start, count), s.Low.Slice(start, count),
        s.Close.Slice(start, count), s.Volume.Slice(start, count), s.QuoteVolume.Slice(start, count), s.Trades.Slice(start, count));

    /// <summary>The number of rows in a BLOB of <paramref name="blobLength"/> bytes, or -1 when that is not a whole number of rows.</summary>
    public static int RowsIn(int blobLength) => blobLength % BytesPerCandle == 0 ? blobLength / BytesPerCandle : -1;

    /// <summary>Index of the first row whose open time is at or after <paramref name="timeMs"/>.</summary>
    public static int LowerBound(ReadOnlySpan<byte> blob, int count, long timeMs)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (BinaryPrimitives.ReadInt64LittleEndian(blob.Slice(mid * 8, 8)) < timeMs) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Copies rows <c>[start, start + length)</c> of a packed chunk of <paramref name="count"/> rows to row <paramref name="at"/> of <paramref name="dest"/>.</summary>
    public static void Unpack(ReadOnlySpan<byte> blob, int count, int start, int length, CandleColumns dest, int at)
    {
        Get(blob, 0, count, start, dest.Time.AsSpan(at, length));
        Get(blob, 1, count, start, AsLongs(dest.Open.AsSpan(at, length)));
        Get(blob, 2, count, start, AsLongs(dest.High.AsSpan(at, length)));
        Get(blob, 3, count, start, AsLongs(dest.Low.AsSpan(at, length)));
        Get(blob, 4, count, start, AsLongs(dest.Close.AsSpan(at, length)));
        Get(blob, 5, count, start, AsLongs(dest.Volume.AsSpan(at, length)));
        Get(blob, 6, count, start, AsLongs(dest.QuoteVolume.AsSpan(at, length)));
        Get(blob, 7, count, start, dest.Trades.AsSpan(at, length));
    }

    private static byte[] Pack(
        ReadOnlySpan<long> time, ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low,
        ReadOnlySpan<double> close, ReadOnlySpan<double> volume, ReadOnlySpan<double> quoteVolume, ReadOnlySpan<long> trades)
    {
        int n = time.Length;
        var blob = new byte[n * BytesPerCandle];
        Put(time, blob, 0);
        Put(AsLongs(open), blob, 1);
        Put(AsLongs(high), blob, 2);
        Put(AsLongs(low), blob, 3);
        Put(AsLongs(close), blob, 4);
        Put(AsLongs(volume), blob, 5);
        Put(AsLongs(quoteVolume), blob, 6);
        Put(trades, blob, 7);
        return blob;
    }

    private static ReadOnlySpan<long> AsLongs(ReadOnlySpan<double> values) => MemoryMarshal.Cast<double, long>(values);

    private static Span<long> AsLongs(Span<double> values) => MemoryMarshal.Cast<double, long>(values);

    private static void Put(ReadOnlySpan<long> values, byte[] blob, int column)
    {
        var dest = blob.AsSpan(column * values.Length * 8, values.Length * 8);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(values).CopyTo(dest);
            return;
        }
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(dest.Slice(i * 8, 8), values[i]);
    }

    private static void Get(ReadOnlySpan<byte> blob, int column, int count, int start, Span<long> dest)
    {
        blob.Slice((column * count + start) * 8, dest.Length * 8).CopyTo(MemoryMarshal.AsBytes(dest));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(dest, dest);
    }
}
