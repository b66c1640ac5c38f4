namespace Backtest.Engine.Indicators;

/// <summary>
/// The one HMA formula: <c>WMA(⌊√n⌋)</c> of <c>2·WMA(⌊n/2⌋) − WMA(n)</c>, built from three
/// <see cref="WmaKernel"/>s. The inner difference is undefined until WMA(n) is, so the outer WMA fills from
/// value n onwards, exactly where Stock.Indicators starts its synthetic series.
/// </summary>
public struct HmaKernel : IValueKernel
{
    private WmaKernel _full;
    private WmaKernel _half;
    private WmaKernel _root;

    /// <summary>Creates the kernel.</summary>
    public HmaKernel(HmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int n = parameters.LookbackPeriods;
        _full = new WmaKernel(new WmaParameters(n));
        _half = new WmaKernel(new WmaParameters(n / 2));
        _root = new WmaKernel(new WmaParameters((int)Math.Sqrt(n)));
    }

    /// <summary>Takes the next value; returns the HMA, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        double full = _full.Update(value);
        double half = _half.Update(value);
        return _root.Update((half * 2d) - full);
    }
}
