namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Aroon formula (Chande 1995, as Stock.Indicators computes it): over the current bar and the n
/// before it, Aroon Up = 100·(n − bars since the highest high)/n and Aroon Down likewise with the lowest low;
/// on ties the earliest extreme counts. Any NaN high or low in the window makes the values NaN.
/// </summary>
public struct AroonKernel
{
    private RollingWindow _highs;
    private RollingWindow _lows;
    private readonly int _period;

    /// <summary>Creates the kernel.</summary>
    public AroonKernel(AroonParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        _highs = new RollingWindow(_period + 1);
        _lows = new RollingWindow(_period + 1);
    }

    /// <summary>Takes the next bar; returns Aroon up, down and oscillator (NaN during warm-up).</summary>
    public AroonPoint Update(double high, double low)
    {
        _highs.Add(high);
        _lows.Add(low);
        if (!_highs.IsFull) return new AroonPoint(double.NaN, double.NaN, double.NaN);
        int sinceHigh = BarsSinceExtreme(_highs.Values, highest: true), sinceLow = BarsSinceExtreme(_lows.Values, highest: false);
        if (sinceHigh < 0 || sinceLow < 0) return new AroonPoint(double.NaN, double.NaN, double.NaN);
        double up = 100d * (_period - sinceHigh) / _period, down = 100d * (_period - sinceLow) / _period;
        return new AroonPoint(up, down, up - down);
    }

    /// <summary>Bars between the newest value and the earliest extreme; −1 when a value is NaN.</summary>
    private static int BarsSinceExtreme(ReadOnlySpan<double> window, bool highest)
    {
        int at = 0;
        for (int j = 0; j < window.Length; j++)
        {
            double v = window[j];
            if (double.IsNaN(v)) return -1;
            if (highest ? v > window[at] : v < window[at]) at = j;
        }
        return window.Length - 1 - at;
    }
}
