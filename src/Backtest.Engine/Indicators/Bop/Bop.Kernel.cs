namespace Backtest.Engine.Indicators;

/// <summary>
/// The one balance-of-power formula (Igor Livshin; Stock.Indicators <c>ToBop</c>): raw = (close − open)/(high − low),
/// undefined (NaN) for a bar with high = low, smoothed by a <see cref="SmaKernel"/>; any undefined bar makes the
/// windows that hold it NaN.
/// </summary>
public struct BopKernel
{
    private SmaKernel _sma;

    /// <summary>Creates the kernel.</summary>
    public BopKernel(BopParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _sma = new SmaKernel(new SmaParameters(parameters.SmoothPeriods));
    }

    /// <summary>Takes the next bar; returns the smoothed balance of power, or NaN.</summary>
    public double Update(double open, double high, double low, double close)
    {
        double range = high - low;
        return _sma.Update(range != 0 ? (close - open) / range : double.NaN);
    }
}
