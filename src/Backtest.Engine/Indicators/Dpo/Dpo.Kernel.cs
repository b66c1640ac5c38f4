namespace Backtest.Engine.Indicators;

/// <summary>
/// The detrended price oscillator without look-ahead: <c>DPO[i] = close[i − offset] − SMA(n)[i]</c> with
/// <c>offset = n/2 + 1</c>, from a <see cref="SmaKernel"/> and the closes of the last offset + 1 bars. It is
/// Stock.Indicators' value for bar <c>i − offset</c> (which compares that bar's close with the SMA offset bars
/// in its future), reported on the first bar at which it can be known.
/// </summary>
public struct DpoKernel
{
    private SmaKernel _sma;
    private RollingWindow _closes;

    /// <summary>Creates the kernel.</summary>
    public DpoKernel(DpoParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _sma = new SmaKernel(new SmaParameters(parameters.LookbackPeriods));
        _closes = new RollingWindow(parameters.Offset + 1);
    }

    /// <summary>Takes the next close; returns the DPO and the SMA it used (NaN during warm-up).</summary>
    public DpoPoint Update(double value)
    {
        double sma = _sma.Update(value);
        _closes.Add(value);
        return _closes.IsFull ? new DpoPoint(_closes.Oldest - sma, sma) : new DpoPoint(double.NaN, double.NaN);
    }

}
