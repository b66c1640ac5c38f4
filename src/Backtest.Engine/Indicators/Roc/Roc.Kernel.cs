namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ROC formula: <c>momentum = x − x[i−n]</c>, <c>roc = 100 · momentum / x[i−n]</c> (NaN when
/// <c>x[i−n] = 0</c>), defined from value n.
/// </summary>
public struct RocKernel
{
    private RollingWindow _window;

    /// <summary>Creates the kernel.</summary>
    public RocKernel(RocParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _window = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next value; returns momentum and ROC (NaN during warm-up).</summary>
    public RocPoint Update(double value)
    {
        bool full = _window.IsFull;
        double back = _window.Oldest;
        _window.Add(value);
        if (!full) return new RocPoint(double.NaN, double.NaN);
        double momentum = value - back;
        return new RocPoint(momentum, back == 0 ? double.NaN : 100d * momentum / back);
    }
}
