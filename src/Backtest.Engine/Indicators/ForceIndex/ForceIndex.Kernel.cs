namespace Backtest.Engine.Indicators;

/// <summary>
/// The one force index formula (Alexander Elder; Stock.Indicators <c>ToForceIndex</c>): from bar 1 the raw force
/// <c>volume·(close − close')</c>, smoothed by an <see cref="EmaKernel"/> seeded with the mean of the first n raw
/// values (bars 1..n), so defined from bar n. A NaN close or volume restarts the EMA's warm-up.
/// </summary>
public struct ForceIndexKernel
{
    private EmaKernel _ema;
    private double _previousClose;
    private bool _started;

    /// <summary>Creates the kernel.</summary>
    public ForceIndexKernel(ForceIndexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema = new EmaKernel(new EmaParameters(parameters.LookbackPeriods));
    }

    /// <summary>Takes the next bar; returns the force index, or NaN during warm-up.</summary>
    public double Update(double close, double volume)
    {
        double previousClose = _previousClose;
        _previousClose = close;
        if (!_started)
        {
            _started = true;
            return double.NaN;
        }
        return _ema.Update(volume * (close - previousClose));
    }
}
