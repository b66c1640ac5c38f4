namespace Backtest.Engine.Indicators;

/// <summary>
/// The one parabolic SAR state machine (Wilder 1978, as Stock.Indicators computes it). Bar 0 guesses a rising
/// trend: extreme point = its high, SAR = its low, acceleration = the initial factor. Each later bar, rising:
/// <c>sar = sar' + af·(ep − sar')</c>, capped at the lows of the two previous bars; a low below it reverses
/// (SAR = the old extreme point, ep = this low, af reset), otherwise a new high becomes the extreme point and af
/// grows by the step up to the cap. Falling mirrors it with highs. The guessed first trend is not reported:
/// output is NaN up to and including the first reversal, which is exactly what Stock.Indicators' full series
/// shows (it blanks that stretch after the fact) — here known at each bar, so no value ever changes later.
/// A NaN high or low restarts the machine from the next bar.
/// </summary>
public struct ParabolicSarKernel
{
    private readonly double _step;
    private readonly double _max;
    private readonly double _initial;
    private int _bars;
    private bool _reversedOnce;
    private bool _rising;
    private double _af, _ep, _sar;
    private double _low1, _low2, _high1, _high2;

    /// <summary>Creates the kernel.</summary>
    public ParabolicSarKernel(ParabolicSarParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _step = parameters.AccelerationStep;
        _max = parameters.MaxAccelerationFactor;
        _initial = parameters.InitialFactor;
    }

    /// <summary>Takes the next bar; returns the SAR and whether it reversed (NaN until after the first reversal).</summary>
    public ParabolicSarPoint Update(double high, double low)
    {
        var none = new ParabolicSarPoint(double.NaN, double.NaN);
        if (!double.IsFinite(high) || !double.IsFinite(low))
        {
            _bars = 0;
            _reversedOnce = false;
            return none;
        }
        if (_bars == 0)
        {
            (_rising, _af, _ep, _sar) = (true, _initial, high, low);
            Remember(high, low);
            return none;
        }

        bool reversal;
        double psar;
        if (_rising)
        {
            double sar = _sar + (_af * (_ep - _sar));
            if (_bars >= 2) sar = Math.Min(sar, Math.Min(_low1, _low2));
            reversal = low < sar;
            if (reversal)
            {
                psar = _ep;
                (_rising, _af, _ep) = (false, _initial, low);
            }
            else
            {
                psar = sar;
                if (high > _ep) (_ep, _af) = (high, Math.Min(_af + _step, _max));
            }
        }
        else
        {
            double sar = _sar - (_af * (_sar - _ep));
            if (_bars >= 2) sar = Math.Max(sar, Math.Max(_high1, _high2));
            reversal = high > sar;
            if (reversal)
            {
                psar = _ep;
                (_rising, _af, _ep) = (true, _initial, high);
            }
            else
            {
                psar = sar;
                if (low < _ep) (_ep, _af) = (low, Math.Min(_af + _step, _max));
            }
        }
        _sar = psar;
        Remember(high, low);

        if (!_reversedOnce)
        {
            _reversedOnce = reversal;
            return none;
        }
        return new ParabolicSarPoint(psar, reversal ? 1 : 0);
    }

    private void Remember(double high, double low)
    {
        (_low2, _low1, _high2, _high1) = (_low1, low, _high1, high);
        if (_bars < 2) _bars++;
    }
}
