namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ATR trailing stop (Stock.Indicators <c>ToAtrStop</c>): candidate bands <c>close ± multiplier·ATR(n)</c>
/// (or <c>high + …</c> / <c>low − …</c> for end type HighLow), ATR by <see cref="AtrKernel"/> (defined from bar n),
/// trailed and flipped by <see cref="TrailingBands"/>; the first defined bar starts bullish when its close is at or
/// above the previous close. A bar with a NaN price or ATR reports NaN and starts the bands over.
/// </summary>
public struct AtrStopKernel
{
    private AtrKernel _atr;
    private TrailingBands _bands;
    private readonly double _multiplier;
    private readonly bool _useHighLow;

    /// <summary>Creates the kernel.</summary>
    public AtrStopKernel(AtrStopParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _atr = new AtrKernel(new AtrParameters(parameters.LookbackPeriods));
        _bands = new TrailingBands();
        _multiplier = parameters.Multiplier;
        _useHighLow = parameters.UseHighLow;
    }

    /// <summary>Takes the next bar; returns the stop, direction and ATR (NaN during warm-up).</summary>
    public AtrStopPoint Update(double high, double low, double close)
    {
        double atr = _atr.Update(high, low, close).Atr;
        double offset = _multiplier * atr;
        double upper = (_useHighLow ? high : close) + offset, lower = (_useHighLow ? low : close) - offset;
        double stop = _bands.Update(upper, lower, close, close >= _bands.PreviousClose);
        return new AtrStopPoint(stop, _bands.Direction, atr);
    }
}
