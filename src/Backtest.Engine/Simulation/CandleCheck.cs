using System.Globalization;
using System.Numerics;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// What the simulator requires of its candles: at least two bars, strictly increasing open times, and finite,
/// positive open, high, low and close prices. Checked column-wise with vectors before a run, so the bar loop
/// never meets a NaN or a bar out of order.
/// </summary>
internal static class CandleCheck
{
    /// <summary>Throws unless <paramref name="candles"/> can be simulated.</summary>
    /// <exception cref="BacktestException">Fewer than two bars (InvalidArgument) or a bad price (InvalidData naming the row, time and column).</exception>
    public static void Require(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count < 2)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{candles.Symbol} {candles.Interval}: a backtest needs at least 2 candles (a decision on one bar fills on the next); got {candles.Count}.",
                candles.Symbol);
        }
        int unordered = FirstNotAfterPrevious(candles.OpenTimeMs);
        if (unordered >= 0)
        {
            throw new BacktestException(ErrorKind.InvalidData, string.Create(CultureInfo.InvariantCulture,
                $"{candles.Symbol} {candles.Interval}: candle {unordered} (row {unordered + 1}, {CandleSeries.ToUtc(candles.OpenTimeMs[unordered]):yyyy-MM-ddTHH:mm:ss}Z) does not open after the one before; open times must strictly increase (QualityPolicy Repair sorts and drops duplicates)."),
                candles.Source);
        }
        Column(candles, candles.Open, "open");
        Column(candles, candles.High, "high");
        Column(candles, candles.Low, "low");
        Column(candles, candles.Close, "close");
    }

    private static void Column(CandleSeries candles, ReadOnlySpan<double> values, string name)
    {
        int bad = FirstInvalid(values);
        if (bad < 0) return;
        throw new BacktestException(ErrorKind.InvalidData, string.Create(CultureInfo.InvariantCulture,
            $"{candles.Symbol} {candles.Interval}: candle {bad} (row {bad + 1}, {CandleSeries.ToUtc(candles.OpenTimeMs[bad]):yyyy-MM-ddTHH:mm:ss}Z) has {name} {values[bad]}; prices must be finite and positive (QualityPolicy Repair drops such rows)."),
            candles.Source);
    }

    /// <summary>Index of the first time not after the one before it, or −1.</summary>
    internal static int FirstNotAfterPrevious(ReadOnlySpan<long> times)
    {
        int i = 1;
        if (Vector.IsHardwareAccelerated && times.Length > Vector<long>.Count)
        {
            for (; i <= times.Length - Vector<long>.Count; i += Vector<long>.Count)
            {
                if (!Vector.GreaterThanAll(new Vector<long>(times.Slice(i)), new Vector<long>(times.Slice(i - 1)))) break;
            }
        }
        for (; i < times.Length; i++)
        {
            if (times[i] <= times[i - 1]) return i;
        }
        return -1;
    }

    /// <summary>Index of the first value that is not finite and positive, or −1.</summary>
    internal static int FirstInvalid(ReadOnlySpan<double> values)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var min = new Vector<double>(double.Epsilon);
            var max = new Vector<double>(double.MaxValue);
            for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var v = new Vector<double>(values.Slice(i));
                // NaN fails both comparisons, so it counts as out of range.
                if (!Vector.EqualsAll(Vector.GreaterThanOrEqual(v, min) & Vector.LessThanOrEqual(v, max), new Vector<long>(-1))) break;
            }
        }
        for (; i < values.Length; i++)
        {
            if (!(values[i] > 0 && values[i] <= double.MaxValue)) return i;
        }
        return -1;
    }
}
