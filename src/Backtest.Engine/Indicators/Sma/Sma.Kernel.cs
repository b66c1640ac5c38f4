using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one SMA formula: <c>sma[i] = (x[i-n+1] + ... + x[i]) / n</c>, defined from <c>i = n-1</c>.
/// A running sum keeps it O(1) per value; the sum is recomputed from the window, oldest first, every
/// time the window buffer wraps (every <c>n</c> values) and whenever it is not finite, so rounding error
/// never accumulates over long series and a NaN or ∞ leaves the mean exactly when it leaves the window.
/// At each wrap the value is bit-identical to Stock.Indicators' fresh per-window sum; in between it differs
/// by a few ulps at most.
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
}
