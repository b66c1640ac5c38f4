using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one true-range formula: <c>max(high − low, |high − close'|, |low − close'|)</c> with close' the
/// previous close; undefined on the first bar. ATR (and Keltner through it) take their TR from here.
/// </summary>
public struct TrKernel : IHighLowCloseKernel
{
    private double _previousClose;

    /// <summary>Creates the kernel (nothing seen yet).</summary>
    public TrKernel() => _previousClose = double.NaN;

    /// <summary>True range of a bar given the previous close (NaN if any input is NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TrueRange(double high, double low, double previousClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));

    /// <summary>Takes the next bar; returns its true range, NaN on the first bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double high, double low, double close)
    {
        double tr = TrueRange(high, low, _previousClose);
        _previousClose = close;
        return tr;
    }
}
