namespace Backtest.Engine.Indicators;

/// <summary>
/// The one CCI formula (Lambert): typical price <c>tp = (high + low + close)/3</c>; over the last n bars,
/// <c>CCI = (tp − mean(tp)) / (0.015 · mean|mean(tp) − tp|)</c>; undefined when the mean deviation is 0.
/// Both means are recomputed from the window in Stock.Indicators' order (O(n) per bar).
/// </summary>
public struct CciKernel : IHighLowCloseKernel
{
    private RollingWindow _typical;

    /// <summary>Creates the kernel.</summary>
    public CciKernel(CciParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _typical = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next bar; returns the CCI, or NaN during warm-up or for a flat window.</summary>
    public double Update(double high, double low, double close)
    {
        double tp = (high + low + close) / 3d;
        _typical.Add(tp);
        if (!_typical.IsFull) return double.NaN;
        var window = _typical.Values;
        double meanTp = _typical.Sum() / window.Length;
        double meanDeviation = 0;
        foreach (double v in window) meanDeviation += Math.Abs(meanTp - v);
        meanDeviation /= window.Length;
        return meanDeviation == 0 ? double.NaN : (tp - meanTp) / (0.015 * meanDeviation);
    }
}
