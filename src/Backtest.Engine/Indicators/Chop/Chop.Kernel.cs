namespace Backtest.Engine.Indicators;

/// <summary>
/// The one choppiness formula (E. W. Dreiss; Stock.Indicators <c>ToChop</c>): from bar 1, true high = max(high,
/// close'), true low = min(low, close'), TR by <see cref="TrKernel.TrueRange"/> (equal to their difference); over the
/// last n bars <c>CHOP = 100·log(ΣTR / (max true high − min true low)) / log(n)</c>, undefined when that range is 0.
/// </summary>
public struct ChopKernel : IHighLowCloseKernel
{
    private RollingWindow _tr;
    private RollingWindow _trueHighs;
    private RollingWindow _trueLows;
    private readonly double _logPeriod;
    private double _previousClose;
    private bool _started;

    /// <summary>Creates the kernel.</summary>
    public ChopKernel(ChopParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int n = parameters.LookbackPeriods;
        _tr = new RollingWindow(n);
        _trueHighs = new RollingWindow(n);
        _trueLows = new RollingWindow(n);
        _logPeriod = Math.Log(n);
    }

    /// <summary>Takes the next bar; returns the choppiness index, or NaN.</summary>
    public double Update(double high, double low, double close)
    {
        double previousClose = _previousClose;
        _previousClose = close;
        if (!_started)
        {
            _started = true;
            return double.NaN;
        }
        _tr.Add(TrKernel.TrueRange(high, low, previousClose));
        _trueHighs.Add(Math.Max(high, previousClose));
        _trueLows.Add(Math.Min(low, previousClose));
        if (!_tr.IsFull) return double.NaN;
        double range = _trueHighs.Max() - _trueLows.Min();
        return range != 0 ? 100 * (Math.Log(_tr.Sum() / range) / _logPeriod) : double.NaN;
    }
}
