namespace Backtest.Engine.Indicators;

/// <summary>
/// The one PMO formula (Carl Swenlin, DecisionPoint; Stock.Indicators <c>ToPmo</c>): the one-bar rate of change
/// (<see cref="RocKernel"/>, percent) smoothed by an EMA with factor <c>2/time</c>, times 10, smoothed again with
/// factor <c>2/smooth</c> (DecisionPoint's "custom smoothing", not <c>2/(n+1)</c>); the signal is an ordinary
/// <see cref="EmaKernel"/> of the PMO. Each stage starts at the mean of its first n defined inputs and restarts
/// after a non-finite one, as <see cref="EmaKernel"/> does.
/// </summary>
public struct PmoKernel
{
    private RocKernel _roc;
    private EmaKernel _rocEma;
    private EmaKernel _pmo;
    private EmaKernel _signal;

    /// <summary>Creates the kernel.</summary>
    public PmoKernel(PmoParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _roc = new RocKernel(new RocParameters(1));
        _rocEma = new EmaKernel(parameters.TimePeriods, 2d / parameters.TimePeriods);
        _pmo = new EmaKernel(parameters.SmoothPeriods, 2d / parameters.SmoothPeriods);
        _signal = new EmaKernel(new EmaParameters(parameters.SignalPeriods));
    }

    /// <summary>Takes the next value; returns PMO and signal (NaN during warm-up).</summary>
    public PmoPoint Update(double value)
    {
        double rocEma = _rocEma.Update(_roc.Update(value).Roc);
        double pmo = _pmo.Update(rocEma * 10);
        return new PmoPoint(pmo, _signal.Update(pmo));
    }
}
