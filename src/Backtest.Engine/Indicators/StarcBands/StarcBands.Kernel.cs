namespace Backtest.Engine.Indicators;

/// <summary>
/// The one STARC band formula (Manning Stoller; Stock.Indicators <c>ToStarcBands</c>): a <see cref="SmaKernel"/> of
/// close as the centre and bands <c>SMA ± multiplier·ATR</c> from an <see cref="AtrKernel"/>. The centre is defined
/// from bar smaPeriods − 1, the bands once the ATR is too (bar atrPeriods).
/// </summary>
public struct StarcBandsKernel
{
    private SmaKernel _sma;
    private AtrKernel _atr;
    private readonly double _multiplier;

    /// <summary>Creates the kernel.</summary>
    public StarcBandsKernel(StarcBandsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _sma = new SmaKernel(new SmaParameters(parameters.SmaPeriods));
        _atr = new AtrKernel(new AtrParameters(parameters.AtrPeriods));
        _multiplier = parameters.Multiplier;
    }

    /// <summary>Takes the next bar; returns the bands (NaN during warm-up).</summary>
    public StarcBandsPoint Update(double high, double low, double close)
    {
        double sma = _sma.Update(close);
        double span = _multiplier * _atr.Update(high, low, close).Atr;
        return new StarcBandsPoint(sma + span, sma, sma - span);
    }
}
