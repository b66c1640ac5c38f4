using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one SMA formula: <c>sma[i] = (x[i-n+1] + ... + x[i]) / n</c>, defined from <c>i = n-1</c>.
/// A running sum keeps it O(1) per value; the sum is recomputed from the window, oldest first, every
/// time the window buffer wraps (every <c>n</c> values) and whenever it is not finite, so rounding error
/// never accumulates over long series and a NaN or ∞ leaves the mean exactly when it leaves the window.
/// At each wrap the value is bit-identical to Stock.Indicators' fresh per-window sum; in between it differs
/// by a few ulps at most. <see cref="Batch"/> is the same arithmetic in the same order for a whole column.
/// </summary>
public struct SmaKernel : IValueKernel
{
    private RollingWindow _window;
    private readonly int _period;
    private double _sum;

    /// <summary>Creates the kernel.</summary>
    public SmaKernel(SmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        _window = new RollingWindow(_period);
    }

    /// <summary>Takes the next value; returns the mean of the last n values, or NaN during warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        bool full = _window.IsFull;
        double evicted = full ? _window.Oldest : 0d;
        _window.Add(value);
        double sum = _sum + (value - evicted);
        if (_window.JustWrapped || !double.IsFinite(sum)) sum = _window.Sum();
        _sum = sum;
        return _window.IsFull ? sum / _period : double.NaN;
    }

    /// <summary>
    /// <see cref="Update"/> over a whole column, as one loop: every addition, every fresh window sum and every
    /// division happens in the order <see cref="Update"/> does them, so the values are bit-identical (a test proves
    /// it). Exists because the per-value kernel's window bookkeeping costs about three times the arithmetic, and
    /// backtests compute SMA columns over millions of bars.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Batch(ReadOnlySpan<double> values, Span<double> result, int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        if (result.Length < values.Length) throw new ArgumentException("The result needs one slot per value.", nameof(result));
        double sum = 0, divisor = period;
        int i = 0, warm = Math.Min(period - 1, values.Length);
        // Warm-up: a running sum of a partial window equals its fresh in-order sum, so no recomputation is needed.
        for (; i < warm; i++)
        {
            sum += values[i];
            result[i] = double.NaN;
        }
        while (i < values.Length)
        {
            // i completes a turn of the window buffer: Update replaces the running sum by the fresh one here.
            sum = FreshSum(values, i, period);
            result[i] = sum / divisor;
            int end = Math.Min(i + period, values.Length);
            for (i++; i < end; i++)
            {
                sum += values[i] - values[i - period];
                if (!double.IsFinite(sum)) sum = FreshSum(values, i, period);
                result[i] = sum / divisor;
            }
        }
    }

    private static double FreshSum(ReadOnlySpan<double> values, int last, int period)
    {
        double sum = 0;
        foreach (double v in values.Slice(last - period + 1, period)) sum += v;
        return sum;
    }
}
