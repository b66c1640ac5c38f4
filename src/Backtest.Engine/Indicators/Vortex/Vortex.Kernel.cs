namespace Backtest.Engine.Indicators;

/// <summary>
/// The one vortex formula (Botes and Siepman 2010, as Stock.Indicators computes it): from bar 1, TR by
/// <see cref="TrKernel.TrueRange"/>, VM+ = |high − low'| and VM− = |low − high'|; over the last n bars
/// VI+ = ΣVM+/ΣTR and VI− = ΣVM−/ΣTR, the sums recomputed from the window oldest first. Undefined when ΣTR
/// is 0; a NaN price makes every window holding one of its movements NaN.
/// </summary>
public struct VortexKernel
{
    private RollingWindow _tr;
    private RollingWindow _plus;
    private RollingWindow _minus;
    private bool _started;
    private double _previousHigh, _previousLow, _previousClose;

    /// <summary>Creates the kernel.</summary>
    public VortexKernel(VortexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _tr = new RollingWindow(parameters.LookbackPeriods);
        _plus = new RollingWindow(parameters.LookbackPeriods);
        _minus = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next bar; returns VI+ and VI− (NaN during warm-up).</summary>
    public VortexPoint Update(double high, double low, double close)
    {
        bool first = !_started;
        double previousHigh = _previousHigh, previousLow = _previousLow, previousClose = _previousClose;
        (_previousHigh, _previousLow, _previousClose, _started) = (high, low, close, true);
        if (first) return new VortexPoint(double.NaN, double.NaN);

        _tr.Add(TrKernel.TrueRange(high, low, previousClose));
        _plus.Add(Math.Abs(high - previousLow));
        _minus.Add(Math.Abs(low - previousHigh));
        if (!_tr.IsFull) return new VortexPoint(double.NaN, double.NaN);
        double sumTr = _tr.Sum();
        return sumTr == 0 ? new VortexPoint(double.NaN, double.NaN) : new VortexPoint(_plus.Sum() / sumTr, _minus.Sum() / sumTr);
    }
}
