namespace Backtest.Engine.Indicators;

/// <summary>
/// The one MFI formula (Gene Quong and Avrum Soudack, 1989; Stock.Indicators <c>ToMfi</c>): typical price
/// <c>tp = (high + low + close)/3</c>, raw money flow <c>tp·volume</c>, counted as positive when tp rose from the
/// previous bar's, negative when it fell, not at all when equal or when either tp is NaN. Over the last n bars
/// (from bar n), <c>MFI = 100 − 100/(1 + ΣPMF/ΣNMF)</c>, and 100 when ΣNMF = 0. Sums run oldest first.
/// </summary>
public struct MfiKernel
{
    private RollingWindow _positive;
    private RollingWindow _negative;
    private readonly int _period;
    private double _previousTypical;
    private int _seen;

    /// <summary>Creates the kernel.</summary>
    public MfiKernel(MfiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        _positive = new RollingWindow(_period);
        _negative = new RollingWindow(_period);
        _previousTypical = double.NaN;
    }

    /// <summary>Takes the next bar; returns the MFI (0..100), or NaN during warm-up.</summary>
    public double Update(double high, double low, double close, double volume)
    {
        double typical = (high + low + close) / 3;
        double flow = typical * volume;
        // Comparisons with NaN are false, so a bar next to a NaN typical price counts in neither sum.
        _positive.Add(typical > _previousTypical ? flow : 0);
        _negative.Add(typical < _previousTypical ? flow : 0);
        _previousTypical = typical;
        // Stock.Indicators reports from bar n (its first window, bars 1..n, leaves out bar 0, which has no direction).
        if (_seen <= _period && ++_seen <= _period) return double.NaN;
        double positive = _positive.Sum(), negative = _negative.Sum();
        return negative != 0 ? 100 - (100 / (1 + (positive / negative))) : 100;
    }
}
