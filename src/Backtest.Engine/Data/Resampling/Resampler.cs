using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Resampling;

/// <summary>
/// Builds coarser candles from finer ones, the way Binance builds its own: bucket = <c>target.Floor(openTime)</c>;
/// open = first open, high = max, low = min, close = last close; volume, quote volume and trades are summed
/// (an unknown quote volume or trade count in a bucket leaves the bucket's unknown).
/// </summary>
/// <remarks>
/// <para><b>Incomplete buckets.</b> The first and last buckets are usually cut by the source's range: a 1m file that
/// starts at 07:37 covers only 23 minutes of the 04:00 4h bucket. Such <em>edge</em> buckets — the first bucket when
/// the source's first candle is not the bucket's first, the last bucket when the source's last candle does not end
/// where the bucket ends — are dropped by default, because their open/high/low/close are not the real ones;
/// <c>keepPartialEdges</c> keeps them. <em>Interior</em> buckets with missing source candles are emitted from the candles
/// that exist: a gap inside the range is an exchange outage with no trades, and Binance's own coarse candle for that
/// period is built from the same trades.</para>
/// <para>The source must be in strictly ascending time order (run the data-quality repair first otherwise). O(n) time,
/// one allocation per output column, nothing per candle.</para>
/// </remarks>
public static class Resampler
{
    /// <summary>Resamples <paramref name="source"/> to <paramref name="target"/>; the same interval returns the source itself.</summary>
    /// <exception cref="BacktestException">
    /// <paramref name="target"/> is not a whole multiple of the source interval (InvalidArgument), or the source is not
    /// strictly ascending (InvalidData).
    /// </exception>
    public static CandleSeries Resample(CandleSeries source, Interval target, bool keepPartialEdges = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (target == source.Interval) return source;
        if (!target.IsWholeMultipleOf(source.Interval))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Cannot resample {source.Symbol} from {source.Interval} to {target}: every {target} candle must be made of whole {source.Interval} candles " +
                $"(a coarser interval that is a whole multiple of {source.Interval}, aligned to it).", nameof(target));
        }
        int n = source.Count;
        var times = source.OpenTimeMs;
        if (n == 0) return CandleSeries.Empty(source.Symbol, source.Market, target, source.Source, source.IsSynthetic);
        int capacity = BucketCapacity(target, target.Floor(times[0]), target.Floor(times[n - 1]), n);
        var builder = new CandleSeriesBuilder(capacity);

        int first = 0;
        long bucket = target.Floor(times[0]);
        long bucketEnd = target.Next(bucket);
        for (int i = 1; i <= n; i++)
        {
            if (i < n)
            {
                if (times[i] <= times[i - 1])
                {
                    throw new BacktestException(ErrorKind.InvalidData,
                        $"Cannot resample {source.Symbol} {source.Interval}: row {i} ({CandleSeries.ToUtc(times[i]):u}) is not after row {i - 1} " +
                        $"({CandleSeries.ToUtc(times[i - 1]):u}); expected strictly ascending open times (repair the series first).", source.Symbol);
                }
                if (times[i] < bucketEnd) continue;
            }
            // Rows [first, i) form one bucket.
            bool partialStart = first == 0 && times[0] != bucket;
            bool partialEnd = i == n && source.Interval.Next(times[n - 1]) != bucketEnd;
            if (keepPartialEdges || !(partialStart || partialEnd)) AddBucket(builder, source, bucket, first, i);
            if (i == n) break;
            first = i;
            bucket = target.Floor(times[i]);
            bucketEnd = target.Next(bucket);
        }
        return builder.Build(source.Symbol, source.Market, target, source.Source, source.IsSynthetic);
    }

    /// <summary>Appends the candle aggregated from source rows [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private static void AddBucket(CandleSeriesBuilder builder, CandleSeries source, long bucket, int first, int end)
    {
        var high = source.High;
        var low = source.Low;
        var volume = source.Volume;
        var quoteVolume = source.QuoteVolume;
        var trades = source.Trades;
        double h = high[first], l = low[first], v = 0, q = 0;
        long t = 0;
        for (int j = first; j < end; j++)
        {
            h = Math.Max(h, high[j]);
            l = Math.Min(l, low[j]);
            v += volume[j];
            q += quoteVolume[j];
            t = t < 0 || trades[j] < 0 ? -1 : t + trades[j];
        }
        builder.Add(bucket, source.Open[first], h, l, source.Close[end - 1], v, q, t);
    }

    /// <summary>Buckets between the first and last (inclusive), never more than the source rows.</summary>
    private static int BucketCapacity(Interval target, long firstBucket, long lastBucket, int rows)
    {
        long span = target.IsCalendarMonth
            ? (CandleSeries.ToUtc(lastBucket).Year - CandleSeries.ToUtc(firstBucket).Year) * 12L + CandleSeries.ToUtc(lastBucket).Month - CandleSeries.ToUtc(firstBucket).Month + 1
            : (lastBucket - firstBucket) / target.Milliseconds + 1;
        return (int)Math.Min(rows, span);
    }
}
