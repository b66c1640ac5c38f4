namespace Backtest.Engine.Indicators;

/// <summary>
/// The one TRIX formula (Jack Hutson, 1983; Stock.Indicators v3 <c>ToTrix</c>): EMA3 = EMA(EMA(EMA(x))), the
/// three layered as in TEMA (<see cref="EmaKernel"/>, then <see cref="DemaKernel.SmoothAgain"/> twice, all starting
/// at the SMA on value n); <c>TRIX = 100·(EMA3 − EMA3')/EMA3'</c>, the one-bar <see cref="RocKernel"/> of EMA3.
/// Like Stock.Indicators, neither output is reported on the seeding value itself.
/// </summary>
public struct TrixKernel
{
    private EmaKernel _ema1;
    private RocKernel _change;
    private readonly double _k;
    private double _ema2;
    private double _ema3;

    /// <summary>Creates the kernel.</summary>
    public TrixKernel(TrixParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _ema1 = new EmaKernel(new EmaParameters(parameters.LookbackPeriods));
        _k = EmaKernel.Smoothing(parameters.LookbackPeriods);
        _change = new RocKernel(new RocParameters(1));
        _ema2 = _ema3 = double.NaN;
    }

    /// <summary>Takes the next value; returns EMA3 and TRIX (NaN during warm-up).</summary>
    public TrixPoint Update(double value)
    {
        double ema1 = _ema1.Update(value);
        _ema2 = DemaKernel.SmoothAgain(_k, _ema2, ema1);
        _ema3 = DemaKernel.SmoothAgain(_k, _ema3, _ema2);
        var change = _change.Update(_ema3);
        // Momentum is defined exactly when this EMA3 and the previous one are: the seeding value reports nothing.
        return double.IsNaN(change.Momentum) ? new TrixPoint(double.NaN, double.NaN) : new TrixPoint(_ema3, change.Roc);
    }
}
