namespace Backtest.Engine.Indicators;

/// <summary>
/// The one stochastic formula (Stock.Indicators <c>CalcStoch</c> with its SMA smoothing and 3/2 %J factors):
/// raw %K = <c>100·(close − LL)/(HH − LL)</c> over the last n bars, exactly 100 when close ≥ HH and 0 when
/// close ≤ LL or HH = LL; %K = SMA(smooth) of raw %K; %D = SMA(signal) of %K; %J = 3·%K − 2·%D. Any NaN
/// high, low or close in the window makes raw %K NaN. Williams %R and Stochastic RSI are built on it.
/// </summary>
public struct StochKernel
{
    private RollingWindow _highs;
    private RollingWindow _lows;
    private RollingWindow _raw;
    private RollingWindow _oscillators;
    private readonly int _smooth;
    private readonly int _signal;
    private int _cleanRun;
    private long _seen;

    /// <summary>Creates the kernel.</summary>
    public StochKernel(StochParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _highs = new RollingWindow(parameters.LookbackPeriods);
        _lows = new RollingWindow(parameters.LookbackPeriods);
        _smooth = parameters.SmoothPeriods;
        _signal = parameters.SignalPeriods;
        _raw = new RollingWindow(_smooth);
        _oscillators = new RollingWindow(_signal);
    }

    /// <summary>Takes the next bar; returns %K, %D and %J (NaN during warm-up).</summary>
    public StochPoint Update(double high, double low, double close)
    {
        _seen++;
        _highs.Add(high);
        _lows.Add(low);
        bool clean = !double.IsNaN(high) && !double.IsNaN(low) && !double.IsNaN(close);
        _cleanRun = clean ? Math.Min(_cleanRun + 1, int.MaxValue - 1) : 0;

        double raw = double.NaN;
        if (_highs.IsFull && _cleanRun >= _highs.Capacity)
        {
            double highHigh = _highs.Max(), lowLow = _lows.Min();
            raw = highHigh == lowLow ? 0d
                : close >= highHigh ? 100d
                : close <= lowLow ? 0d
                : 100d * (close - lowLow) / (highHigh - lowLow);
        }
        double oscillator = Smooth(ref _raw, raw, _smooth);
        double signal = Smooth(ref _oscillators, oscillator, _signal);
        return new StochPoint(oscillator, signal, (3d * oscillator) - (2d * signal));
    }

    private readonly double Smooth(ref RollingWindow window, double value, int length)
    {
        if (length <= 1) return value;
        window.Add(value);
        // Stock.Indicators starts a smoothed line only from bar index `length` (not length−1); this only
        // shows when the raw line is defined from the first bar, and we keep it for identical numbers.
        return window.IsFull && _seen > length ? window.Sum() / length : double.NaN;
    }
}
