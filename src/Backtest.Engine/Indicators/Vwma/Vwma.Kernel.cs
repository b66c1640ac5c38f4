namespace Backtest.Engine.Indicators;

/// <summary>
/// The one VWMA formula: <c>Σ close·volume / Σ volume</c> over the last n bars, both sums recomputed from
/// the window in order (Stock.Indicators, bit for bit); NaN when the window traded no volume.
/// </summary>
public struct VwmaKernel
{
    private RollingWindow _closes;
    private RollingWindow _volumes;

    /// <summary>Creates the kernel.</summary>
    public VwmaKernel(VwmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _closes = new RollingWindow(parameters.LookbackPeriods);
        _volumes = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next bar; returns the VWMA, or NaN.</summary>
    public double Update(double close, double volume)
    {
        _closes.Add(close);
        _volumes.Add(volume);
        if (!_closes.IsFull) return double.NaN;
        ReadOnlySpan<double> closes = _closes.Values, volumes = _volumes.Values;
        double weighted = 0, total = 0;
        for (int j = 0; j < closes.Length; j++)
        {
            weighted += closes[j] * volumes[j];
            total += volumes[j];
        }
        return total != 0 ? weighted / total : double.NaN;
    }
}
