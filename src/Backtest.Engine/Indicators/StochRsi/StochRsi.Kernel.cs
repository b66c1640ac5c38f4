namespace Backtest.Engine.Indicators;

/// <summary>
/// The stochastic RSI: an <see cref="RsiKernel"/> feeding a <see cref="StochKernel"/> that sees each RSI
/// value as high, low and close. Like Stock.Indicators (which drops the first <c>rsiPeriods</c> RSI results
/// before the stochastic), the stochastic only starts at value <c>rsiPeriods</c>.
/// </summary>
public struct StochRsiKernel
{
    private RsiKernel _rsi;
    private StochKernel _stoch;
    private readonly int _rsiPeriods;
    private long _seen;

    /// <summary>Creates the kernel.</summary>
    public StochRsiKernel(StochRsiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _rsiPeriods = parameters.RsiPeriods;
        _rsi = new RsiKernel(new RsiParameters(parameters.RsiPeriods));
        _stoch = new StochKernel(new StochParameters(parameters.StochPeriods, parameters.SignalPeriods, parameters.SmoothPeriods));
    }

    /// <summary>Takes the next value; returns %K and signal (NaN during warm-up).</summary>
    public StochRsiPoint Update(double value)
    {
        double rsi = _rsi.Update(value);
        if (++_seen <= _rsiPeriods) return new StochRsiPoint(double.NaN, double.NaN);
        var point = _stoch.Update(rsi, rsi, rsi);
        return new StochRsiPoint(point.Oscillator, point.Signal);
    }
}
