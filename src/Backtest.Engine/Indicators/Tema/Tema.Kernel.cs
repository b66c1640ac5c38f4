namespace Backtest.Engine.Indicators;

/// <summary>
/// The one TEMA formula: <c>3·EMA1 − 3·EMA2 + EMA3</c>, each EMA layered on the previous one and all three
/// seeded with the SMA on value n (Stock.Indicators v3). Layers through <see cref="DemaKernel.SmoothAgain"/>.
/// </summary>
public struct TemaKernel : IValueKernel
{
    private EmaKernel _ema1;
    private readonly double _k;
    private double _ema2;
    private double _ema3;

    /// <summary>Creates the kernel.</summary>
    public TemaKernel(TemaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema1 = new EmaKernel(new EmaParameters(parameters.LookbackPeriods));
        _k = EmaKernel.Smoothing(parameters.LookbackPeriods);
        _ema2 = _ema3 = double.NaN;
    }

    /// <summary>Takes the next value; returns the TEMA, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        double ema1 = _ema1.Update(value);
        _ema2 = DemaKernel.SmoothAgain(_k, _ema2, ema1);
        _ema3 = DemaKernel.SmoothAgain(_k, _ema3, _ema2);
        return (3 * ema1) - (3 * _ema2) + _ema3;
    }
}
