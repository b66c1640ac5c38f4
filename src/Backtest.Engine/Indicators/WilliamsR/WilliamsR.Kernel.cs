namespace Backtest.Engine.Indicators;

/// <summary>
/// Williams %R as Stock.Indicators defines it: the fast stochastic %K (no smoothing) minus 100, so it runs
/// from −100 (close at the lowest low, or a flat window) to 0 (close at the highest high).
/// </summary>
public struct WilliamsRKernel : IHighLowCloseKernel
{
    private StochKernel _stoch;

    /// <summary>Creates the kernel.</summary>
    public WilliamsRKernel(WilliamsRParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _stoch = new StochKernel(new StochParameters(parameters.LookbackPeriods, 1, 1));
    }

    /// <summary>Takes the next bar; returns %R, or NaN during warm-up.</summary>
    public double Update(double high, double low, double close) => _stoch.Update(high, low, close).Oscillator - 100;
}
