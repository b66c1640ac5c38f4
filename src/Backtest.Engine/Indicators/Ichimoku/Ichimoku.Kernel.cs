namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Ichimoku formula (Hosoda; Stock.Indicators <c>ToIchimoku</c> with both offsets = kijunPeriods): each
/// line is the midpoint <c>(highest high + lowest low)/2</c> of a trailing window — Tenkan-sen over
/// tenkanPeriods, Kijun-sen over kijunPeriods; Senkou span A = (Tenkan + Kijun)/2 and Senkou span B = the
/// midpoint over senkouBPeriods, both computed kijunPeriods bars earlier and shown on this bar (the cloud's
/// forward shift, which uses only past bars). A NaN price affects exactly the windows that hold it.
/// </summary>
public struct IchimokuKernel
{
    private RollingWindow _highs;
    private RollingWindow _lows;
    private RollingWindow _spanA;
    private RollingWindow _spanB;
    private readonly int _tenkan;
    private readonly int _kijun;
    private readonly int _senkouB;

    /// <summary>Creates the kernel.</summary>
    public IchimokuKernel(IchimokuParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        int longest = Math.Max(parameters.TenkanPeriods, parameters.SenkouBPeriods); // senkouB > kijun
        _highs = new RollingWindow(longest);
        _lows = new RollingWindow(longest);
        _tenkan = parameters.TenkanPeriods;
        _kijun = parameters.KijunPeriods;
        _senkouB = parameters.SenkouBPeriods;
        // The value computed kijunPeriods bars ago is the oldest of kijunPeriods + 1 held.
        _spanA = new RollingWindow(_kijun + 1);
        _spanB = new RollingWindow(_kijun + 1);
    }

    /// <summary>Takes the next bar; returns the four lines (NaN during warm-up).</summary>
    public IchimokuPoint Update(double high, double low)
    {
        _highs.Add(high);
        _lows.Add(low);
        double tenkan = Midpoint(_tenkan), kijun = Midpoint(_kijun);
        _spanA.Add((tenkan + kijun) / 2);
        _spanB.Add(Midpoint(_senkouB));
        double spanA = _spanA.IsFull ? _spanA.Oldest : double.NaN, spanB = _spanB.IsFull ? _spanB.Oldest : double.NaN;
        return new IchimokuPoint(tenkan, kijun, spanA, spanB);
    }

    /// <summary>Midpoint of the highest high and lowest low of the last <paramref name="length"/> bars, NaN until there are that many.</summary>
    private readonly double Midpoint(int length)
    {
        if (_highs.Count < length) return double.NaN;
        ReadOnlySpan<double> highs = _highs.Values[^length..], lows = _lows.Values[^length..];
        double highest = double.NegativeInfinity, lowest = double.PositiveInfinity;
        for (int j = 0; j < highs.Length; j++)
        {
            highest = Math.Max(highest, highs[j]);
            lowest = Math.Min(lowest, lows[j]);
        }
        return (highest + lowest) / 2;
    }
}
