namespace Backtest.Engine.Indicators;

/// <summary>
/// The one WMA formula: <c>Σ x[i−n+1+j]·(j+1) / (n(n+1)/2)</c> over the window, oldest (weight 1) to newest
/// (weight n), each term divided separately and added in window order as Stock.Indicators does, so the
/// values match it bit for bit. O(n) per value; HMA builds on it.
/// </summary>
public struct WmaKernel : IValueKernel
{
    private RollingWindow _window;
    private readonly double _divisor;

    /// <summary>Creates the kernel.</summary>
    public WmaKernel(WmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int n = parameters.LookbackPeriods;
        _window = new RollingWindow(n);
        _divisor = (double)n * (n + 1) / 2d;
    }

    /// <summary>Takes the next value; returns the WMA, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        _window.Add(value);
        if (!_window.IsFull) return double.NaN;
        var window = _window.Values;
        double wma = 0;
        for (int j = 0; j < window.Length; j++) wma += window[j] * (j + 1) / _divisor;
        return wma;
    }
}
