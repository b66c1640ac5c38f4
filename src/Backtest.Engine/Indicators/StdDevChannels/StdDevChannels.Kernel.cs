namespace Backtest.Engine.Indicators;

/// <summary>
/// Standard-deviation channels from the <see cref="SlopeKernel"/>: the centre is the regression line of the window
/// ending at this bar, evaluated at this bar; the channels are <c>centre ± k·σ</c> with σ the window values'
/// standard deviation (Stock.Indicators' width). The non-repainting, rolling form of the channel.
/// </summary>
public struct StdDevChannelsKernel
{
    private SlopeKernel _fit;
    private readonly double _k;

    /// <summary>Creates the kernel.</summary>
    public StdDevChannelsKernel(StdDevChannelsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _fit = new SlopeKernel(new SlopeParameters(parameters.LookbackPeriods));
        _k = parameters.StdDeviations;
    }

    /// <summary>The channel around <paramref name="center"/> for a fit whose values deviate by <paramref name="stdDev"/>.</summary>
    public static StdDevChannelsPoint Around(double center, double stdDev, double k)
    {
        double width = k * stdDev;
        return new StdDevChannelsPoint(center, center + width, center - width);
    }

    /// <summary>Takes the next value; returns the channel (NaN during warm-up).</summary>
    public StdDevChannelsPoint Update(double value)
    {
        var fit = _fit.Update(value);
        return Around(fit.Line, fit.StdDev, _k);
    }
}
