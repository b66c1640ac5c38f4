namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Donchian formula (Stock.Indicators): the highest high and lowest low of the n bars BEFORE the
/// current one (the current bar is excluded, so a close can break out of its own channel), their midpoint,
/// and <c>width = (upper − lower)/centre</c>. Any NaN in the window makes the channel NaN.
/// </summary>
public struct DonchianKernel
{
    private RollingWindow _highs;
    private RollingWindow _lows;

    /// <summary>Creates the kernel.</summary>
    public DonchianKernel(DonchianParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _highs = new RollingWindow(parameters.LookbackPeriods);
        _lows = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next bar; returns the channel of the bars before it (NaN during warm-up).</summary>
    public DonchianPoint Update(double high, double low)
    {
        var point = new DonchianPoint(double.NaN, double.NaN, double.NaN, double.NaN);
        if (_highs.IsFull)
        {
            double upper = _highs.Max(), lower = _lows.Min();
            double center = (upper + lower) / 2;
            point = new DonchianPoint(upper, center, lower, center == 0 ? double.NaN : (upper - lower) / center);
        }
        _highs.Add(high);
        _lows.Add(low);
        return point;
    }
}
