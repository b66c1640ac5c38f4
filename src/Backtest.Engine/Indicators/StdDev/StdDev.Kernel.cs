namespace Backtest.Engine.Indicators;

/// <summary>
/// The one rolling-deviation formula: over the last n values, <c>mean = Σx/n</c> and the population
/// deviation <c>√(Σ(x − mean)²/n)</c>, two passes over the window oldest first (Stock.Indicators'
/// <c>Numerical.StdDev</c>, bit for bit; no running sums of squares, which cancel catastrophically on
/// prices far from zero). O(n) per value. Bollinger Bands build on it.
/// </summary>
public struct StdDevKernel
{
    private RollingWindow _window;

    /// <summary>Creates the kernel.</summary>
    public StdDevKernel(StdDevParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _window = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next value; returns deviation, mean and z-score (NaN during warm-up).</summary>
    public StdDevPoint Update(double value)
    {
        _window.Add(value);
        if (!_window.IsFull) return new StdDevPoint(double.NaN, double.NaN, double.NaN);
        var window = _window.Values;
        double mean = _window.Sum() / window.Length;
        double sumSquares = 0;
        foreach (double v in window) sumSquares += (v - mean) * (v - mean);
        double stdDev = Math.Sqrt(sumSquares / window.Length);
        return new StdDevPoint(stdDev, mean, stdDev == 0 ? double.NaN : (value - mean) / stdDev);
    }
}
