namespace Backtest.Engine.Indicators;

/// <summary>
/// The one volatility stop state machine (Wilder's volatility system; Stock.Indicators <c>ToVolatilityStop</c>).
/// The first n closes guess the trade: long when close[n−1] &gt; close[0]; the significant close (SIC) starts as
/// the highest (long) or lowest (short) of them. From bar n: <c>SAR = SIC ∓ multiplier·ATR(n)</c> of the PREVIOUS
/// bar (<see cref="AtrKernel"/>, so the first evaluation has no ATR yet); a close beyond the SAR is a stop: the
/// trade reverses and SIC = that close; otherwise SIC takes the close when it is more favourable. The guessed first
/// trade is not reported: output is NaN up to and including the first stop — Stock.Indicators' full-series
/// values, known here at each bar. A NaN close restarts everything from the next bar.
/// </summary>
public struct VolatilityStopKernel
{
    private AtrKernel _atr;
    private RollingWindow _initial;
    private readonly double _multiplier;
    private double _previousAtr;
    private double _sic;
    private bool _isLong;
    private bool _stoppedOnce;

    /// <summary>Creates the kernel.</summary>
    public VolatilityStopKernel(VolatilityStopParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _atr = new AtrKernel(new AtrParameters(parameters.LookbackPeriods));
        _initial = new RollingWindow(parameters.LookbackPeriods);
        _multiplier = parameters.Multiplier;
        _previousAtr = double.NaN;
    }

    /// <summary>Takes the next bar; returns the SAR and whether it stopped (NaN until after the first stop).</summary>
    public VolatilityStopPoint Update(double high, double low, double close)
    {
        var none = new VolatilityStopPoint(double.NaN, double.NaN);
        double previousAtr = _previousAtr;
        _previousAtr = _atr.Update(high, low, close).Atr;
        if (!double.IsFinite(close))
        {
            _initial.Clear();
            _stoppedOnce = false;
            return none;
        }
        if (!_initial.IsFull)
        {
            _initial.Add(close);
            if (_initial.IsFull) Guess();
            return none;
        }

        double arc = previousAtr * _multiplier;
        double sar = _isLong ? _sic - arc : _sic + arc;
        bool stop = _isLong ? close < sar : close > sar;
        if (stop) (_sic, _isLong) = (close, !_isLong);
        else _sic = _isLong ? Math.Max(_sic, close) : Math.Min(_sic, close);

        if (!_stoppedOnce)
        {
            _stoppedOnce = stop;
            return none;
        }
        return double.IsNaN(sar) ? none : new VolatilityStopPoint(sar, stop ? 1 : 0);
    }

    private void Guess()
    {
        var closes = _initial.Values;
        _isLong = closes[^1] > closes[0];
        _sic = closes[0];
        foreach (double close in closes) _sic = _isLong ? Math.Max(_sic, close) : Math.Min(_sic, close);
    }
}
