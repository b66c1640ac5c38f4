namespace Backtest.Engine.Indicators;

/// <summary>
/// The one KAMA formula (Kaufman 1995, as Stock.Indicators computes it): over the last n changes,
/// <c>ER = |x − x[n back]| / Σ|x[j] − x[j−1]|</c>; <c>sc = ER·(2/(fast+1) − 2/(slow+1)) + 2/(slow+1)</c>;
/// <c>KAMA = KAMA' + sc²·(x − KAMA')</c>. KAMA starts as the value itself on value n (ER undefined there), and
/// restarts the same way on the value after an undefined KAMA; a window without movement gives ER = 0 and
/// KAMA = x. The volatility sum is recomputed from the window, oldest first, as Stock.Indicators does.
/// </summary>
public struct KamaKernel
{
    private RollingWindow _values;
    private readonly int _period;
    private readonly double _fast;
    private readonly double _slow;
    private double _kama;
    private int _seen;

    /// <summary>Creates the kernel.</summary>
    public KamaKernel(KamaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.ErPeriods;
        _values = new RollingWindow(_period + 1);
        _fast = EmaKernel.Smoothing(parameters.FastPeriods);
        _slow = EmaKernel.Smoothing(parameters.SlowPeriods);
        _kama = double.NaN;
    }

    /// <summary>Takes the next value; returns ER and KAMA (NaN during warm-up).</summary>
    public KamaPoint Update(double value)
    {
        _values.Add(value);
        if (_seen < _period && ++_seen < _period) return new KamaPoint(double.NaN, double.NaN);

        double er, kama;
        if (double.IsNaN(_kama))
        {
            er = double.NaN;
            kama = value;
        }
        else
        {
            // A defined KAMA implies n+1 values seen: the window is full.
            var window = _values.Values;
            double change = Math.Abs(value - window[0]);
            double volatility = 0;
            for (int j = 1; j < window.Length; j++) volatility += Math.Abs(window[j] - window[j - 1]);
            if (volatility != 0)
            {
                er = change / volatility;
                double sc = (er * (_fast - _slow)) + _slow;
                kama = _kama + (sc * sc * (value - _kama));
            }
            else
            {
                er = 0;
                kama = value;
            }
        }
        _kama = kama;
        return new KamaPoint(er, kama);
    }
}
