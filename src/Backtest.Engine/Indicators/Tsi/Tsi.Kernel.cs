namespace Backtest.Engine.Indicators;

/// <summary>
/// The one TSI formula (William Blau, 1991; Stock.Indicators <c>ToTsi</c>): with <c>Δ = x − x'</c>,
/// <c>TSI = 100·EMA(EMA(Δ, r), s) / EMA(EMA(|Δ|, r), s)</c> (NaN when the denominator is 0) and
/// <c>signal = EMA(TSI, g)</c>, every EMA an <see cref="EmaKernel"/> (seeded with the mean of its first defined
/// inputs, reseeded after a non-finite one). A signal length of 1 is the TSI itself. Stock.Indicators seeds the
/// signal only at an index above g, which amounts to never using the TSI of index 1 (defined when both lengths are 1).
/// </summary>
public struct TsiKernel
{
    private EmaKernel _change1, _change2, _absolute1, _absolute2, _signal;
    private readonly int _signalPeriods;
    private double _previous;
    private int _index;

    /// <summary>Creates the kernel.</summary>
    public TsiKernel(TsiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var first = new EmaParameters(parameters.LookbackPeriods);
        var second = new EmaParameters(parameters.SmoothPeriods);
        _change1 = new EmaKernel(first);
        _absolute1 = new EmaKernel(first);
        _change2 = new EmaKernel(second);
        _absolute2 = new EmaKernel(second);
        _signal = new EmaKernel(new EmaParameters(parameters.SignalPeriods));
        _signalPeriods = parameters.SignalPeriods;
        _previous = double.NaN;
    }

    /// <summary>Takes the next value; returns TSI and signal (NaN during warm-up).</summary>
    public TsiPoint Update(double value)
    {
        double change = value - _previous;
        _previous = value;
        double smoothChange = _change2.Update(_change1.Update(change));
        double smoothAbsolute = _absolute2.Update(_absolute1.Update(Math.Abs(change)));
        double tsi = smoothAbsolute != 0 ? 100d * (smoothChange / smoothAbsolute) : double.NaN;
        double signal = _signalPeriods == 1 ? tsi : _signal.Update(_index >= 2 ? tsi : double.NaN);
        if (_index < 2) _index++;
        return new TsiPoint(tsi, signal);
    }
}
