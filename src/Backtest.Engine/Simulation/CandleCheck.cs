using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
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
    // A series never changes, so one that passed is remembered and not scanned again (sweeps run it many times).
    private static readonly ConditionalWeakTable<CandleSeries, object> Passed = [];

    /// <summary>Throws unless every series of a portfolio can be simulated, all share one interval, and no symbol repeats.</summary>
    /// <exception cref="BacktestException">No series, mixed intervals or a repeated symbol (InvalidArgument naming it), or a bad series.</exception>
    public static void RequireBasket(IReadOnlyList<CandleSeries> basket)
    {
        ArgumentNullException.ThrowIfNull(basket);
        if (basket.Count == 0) throw new BacktestException(ErrorKind.InvalidArgument, "A portfolio needs the candles of at least one symbol.", "candles");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candles in basket)
        {
            Require(candles);
            if (candles.Interval != basket[0].Interval)
            {
                throw new BacktestException(ErrorKind.InvalidArgument,
                    $"A portfolio's symbols must share one interval: {basket[0].Symbol} is {basket[0].Interval}, {candles.Symbol} is {candles.Interval}.", candles.Symbol);
            }
            if (!seen.Add(candles.Symbol))
            {
                throw new BacktestException(ErrorKind.InvalidArgument, $"{candles.Symbol} is in the portfolio twice; give each symbol once.", candles.Symbol);
            }
        }
    }

    /// <summary>Throws unless <paramref name="candles"/> can be simulated.</summary>
    /// <exception cref="BacktestException">Fewer than two bars (InvalidArgument) or a bad price (InvalidData naming the row, time and column).</exception>
    public static void Require(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (Passed.TryGetValue(candles, out _)) return;
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
        Passed.AddOrUpdate(candles, Passed);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
