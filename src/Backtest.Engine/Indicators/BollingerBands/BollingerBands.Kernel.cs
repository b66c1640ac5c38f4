namespace Backtest.Engine.Indicators;

/// <summary>
/// Bollinger Bands from the <see cref="StdDevKernel"/> (population σ, mean as centre line):
/// bands = mean ± k·σ, <c>%B = (x − lower)/(upper − lower)</c>, <c>width = (upper − lower)/mean</c>.
/// </summary>
public struct BollingerBandsKernel
{
    private StdDevKernel _deviation;
    private readonly double _k;

    /// <summary>Creates the kernel.</summary>
    public BollingerBandsKernel(BollingerBandsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _deviation = new StdDevKernel(new StdDevParameters(parameters.LookbackPeriods));
        _k = parameters.StandardDeviations;
    }

    /// <summary>Takes the next value; returns every band line (NaN during warm-up).</summary>
    public BollingerBandsPoint Update(double value)
    {
        var d = _deviation.Update(value);
        double upper = d.Mean + (_k * d.StdDev);
        double lower = d.Mean - (_k * d.StdDev);
        return new BollingerBandsPoint(
            d.Mean, upper, lower,
            upper - lower == 0 ? double.NaN : (value - lower) / (upper - lower),
            d.ZScore,
            d.Mean == 0 ? double.NaN : (upper - lower) / d.Mean);
    }
}
