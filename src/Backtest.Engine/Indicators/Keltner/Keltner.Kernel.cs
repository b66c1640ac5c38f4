namespace Backtest.Engine.Indicators;

/// <summary>
/// Keltner channels from an <see cref="EmaKernel"/> of close and an <see cref="AtrKernel"/>:
/// bands = EMA ± multiplier·ATR, <c>width = 2·multiplier·ATR / EMA</c>. Like Stock.Indicators, nothing is
/// reported before bar <c>max(emaPeriods, atrPeriods) − 1</c>; from there the centre line is the EMA and the
/// bands appear once the ATR is defined.
/// </summary>
public struct KeltnerKernel
{
    private EmaKernel _ema;
    private AtrKernel _atr;
    private readonly double _multiplier;
    private readonly int _lookback;
    private long _seen;

    /// <summary>Creates the kernel.</summary>
    public KeltnerKernel(KeltnerParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema = new EmaKernel(new EmaParameters(parameters.EmaPeriods));
        _atr = new AtrKernel(new AtrParameters(parameters.AtrPeriods));
        _multiplier = parameters.Multiplier;
        _lookback = Math.Max(parameters.EmaPeriods, parameters.AtrPeriods);
    }

    /// <summary>Takes the next bar; returns the channel (NaN during warm-up).</summary>
    public KeltnerPoint Update(double high, double low, double close)
    {
        double ema = _ema.Update(close);
        double atr = _atr.Update(high, low, close).Atr;
        if (++_seen < _lookback) return new KeltnerPoint(double.NaN, double.NaN, double.NaN, double.NaN);
        double span = atr * _multiplier;
        return new KeltnerPoint(ema + span, ema, ema - span, ema == 0 ? double.NaN : 2 * span / ema);
    }
}
