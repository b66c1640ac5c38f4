namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Chandelier exit formula (Chuck LeBeau; Stock.Indicators <c>ToChandelier</c>): long exit = highest high
/// of the last n bars − multiplier·ATR(n); short exit = lowest low of the last n bars + multiplier·ATR(n); ATR
/// by <see cref="AtrKernel"/>, so defined from bar n. Not a state machine: each bar stands on its window alone.
/// </summary>
public struct ChandelierKernel : IHighLowCloseKernel
{
    private AtrKernel _atr;
    private RollingWindow _extremes;
    private readonly double _multiplier;
    private readonly bool _isShort;

    /// <summary>Creates the kernel.</summary>
    public ChandelierKernel(ChandelierParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _atr = new AtrKernel(new AtrParameters(parameters.LookbackPeriods));
        _extremes = new RollingWindow(parameters.LookbackPeriods);
        _multiplier = parameters.Multiplier;
        _isShort = parameters.IsShort;
    }

    /// <summary>Takes the next bar; returns the exit level, or NaN during warm-up.</summary>
    public double Update(double high, double low, double close)
    {
        double offset = _multiplier * _atr.Update(high, low, close).Atr;
        _extremes.Add(_isShort ? low : high);
        return _isShort ? _extremes.Min() + offset : _extremes.Max() - offset;
    }
}
