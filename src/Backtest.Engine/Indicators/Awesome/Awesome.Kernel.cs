namespace Backtest.Engine.Indicators;

/// <summary>
/// The one awesome oscillator formula (Bill Williams; Stock.Indicators <c>ToAwesome</c>): two
/// <see cref="SmaKernel"/>s of the median price <c>(high + low)/2</c>, fast minus slow; normalized =
/// <c>100·oscillator / median price</c>. Defined once the slow SMA is.
/// </summary>
public struct AwesomeKernel
{
    private SmaKernel _fast;
    private SmaKernel _slow;

    /// <summary>Creates the kernel.</summary>
    public AwesomeKernel(AwesomeParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _fast = new SmaKernel(new SmaParameters(parameters.FastPeriods));
        _slow = new SmaKernel(new SmaParameters(parameters.SlowPeriods));
    }

    /// <summary>Takes the next bar; returns the oscillator and its normalized form (NaN during warm-up).</summary>
    public AwesomePoint Update(double high, double low)
    {
        double median = (high + low) / 2;
        double oscillator = _fast.Update(median) - _slow.Update(median);
        return new AwesomePoint(oscillator, median != 0 ? 100 * oscillator / median : double.NaN);
    }
}
