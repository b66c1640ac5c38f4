namespace Backtest.Engine.Indicators;

/// <summary>
/// The one SuperTrend formula (Olivier Seban, as Stock.Indicators computes it): candidate bands
/// <c>(high + low)/2 ± multiplier·ATR(n)</c> (<see cref="AtrKernel"/>, defined from bar n), trailed and flipped by
/// <see cref="TrailingBands"/>; the first defined bar starts bullish when its close is at or above its midpoint.
/// A bar with a NaN price or ATR reports NaN and starts the bands over once the ATR is defined again.
/// </summary>
public struct SuperTrendKernel
{
    private AtrKernel _atr;
    private TrailingBands _bands;
    private readonly double _multiplier;

    /// <summary>Creates the kernel.</summary>
    public SuperTrendKernel(SuperTrendParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _atr = new AtrKernel(new AtrParameters(parameters.LookbackPeriods));
        _bands = new TrailingBands();
        _multiplier = parameters.Multiplier;
    }

    /// <summary>Takes the next bar; returns the SuperTrend line and direction (NaN during warm-up).</summary>
    public SuperTrendPoint Update(double high, double low, double close)
    {
        double offset = _multiplier * _atr.Update(high, low, close).Atr;
        double mid = (high + low) / 2;
        double line = _bands.Update(mid + offset, mid - offset, close, close >= mid);
        return new SuperTrendPoint(line, _bands.Direction);
    }
}
