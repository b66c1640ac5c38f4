namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ALMA formula (Arnaud Legoux and Dimitrios Kouzis-Loukas, 2009, as Stock.Indicators computes it):
/// Gaussian weights <c>w[j] = exp(−(j − m)²/(2s²))</c> over the window, oldest j = 0, with
/// <c>m = offset·(n − 1)</c> (not floored) and <c>s = n/sigma</c>; <c>ALMA = Σ w[j]·x[j] / Σ w[j]</c>. Weights
/// are computed once; the weighted sum is taken oldest first. A NaN in the window makes ALMA NaN until it leaves.
/// </summary>
public struct AlmaKernel : IValueKernel
{
    private RollingWindow _window;
    private readonly double[] _weights;
    private readonly double _norm;

    /// <summary>Creates the kernel.</summary>
    public AlmaKernel(AlmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int n = parameters.LookbackPeriods;
        double m = parameters.Offset * (n - 1);
        double s = n / parameters.Sigma;
        _weights = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++)
        {
            double w = Math.Exp(-((j - m) * (j - m)) / (2 * s * s));
            _weights[j] = w;
            norm += w;
        }
        _norm = norm;
        _window = new RollingWindow(n);
    }

    /// <summary>Takes the next value; returns the ALMA, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        _window.Add(value);
        if (!_window.IsFull) return double.NaN;
        var window = _window.Values;
        var weights = _weights.AsSpan(0, window.Length);
        double sum = 0;
        for (int j = 0; j < window.Length; j++) sum += weights[j] * window[j];
        return sum / _norm;
    }
}
