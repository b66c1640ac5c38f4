namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Elder-ray formula (Alexander Elder; Stock.Indicators <c>ToElderRay</c>): an <see cref="EmaKernel"/> of
/// close, bull power = high − EMA, bear power = low − EMA.
/// </summary>
public struct ElderRayKernel
{
    private EmaKernel _ema;

    /// <summary>Creates the kernel.</summary>
    public ElderRayKernel(ElderRayParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema = new EmaKernel(new EmaParameters(parameters.LookbackPeriods));
    }

    /// <summary>Takes the next bar; returns EMA, bull and bear power (NaN during warm-up).</summary>
    public ElderRayPoint Update(double high, double low, double close)
    {
        double ema = _ema.Update(close);
        return new ElderRayPoint(ema, high - ema, low - ema);
    }
}
