namespace Backtest.Engine.Indicators;

/// <summary>
/// The one DEMA formula: <c>2·EMA1 − EMA2</c>, where EMA1 is the <see cref="EmaKernel"/> of the input and
/// EMA2 is an EMA of EMA1 seeded with EMA1's own seed (Stock.Indicators v3: both start as the SMA on value n,
/// so DEMA is defined from value n, not 2n−1). Reseeds together with EMA1 after a non-finite value.
/// </summary>
public struct DemaKernel : IValueKernel
{
    private EmaKernel _ema1;
    private readonly double _k;
    private double _ema2;

    /// <summary>Creates the kernel.</summary>
    public DemaKernel(DemaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema1 = new EmaKernel(new EmaParameters(parameters.LookbackPeriods));
        _k = EmaKernel.Smoothing(parameters.LookbackPeriods);
        _ema2 = double.NaN;
    }

    /// <summary>Takes the next value; returns the DEMA, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        double ema1 = _ema1.Update(value);
        _ema2 = SmoothAgain(_k, _ema2, ema1);
        return (2d * ema1) - _ema2;
    }

    /// <summary>
    /// One step of a second-order EMA that starts (and restarts) at its input's value: how DEMA and TEMA
    /// layer EMAs. Returns NaN while the input is undefined, so the next defined input reseeds it.
    /// </summary>
    internal static double SmoothAgain(double k, double previous, double input)
    {
        if (!double.IsFinite(input)) return double.NaN;
        return double.IsNaN(previous) ? input : EmaKernel.Step(k, previous, input);
    }
}
