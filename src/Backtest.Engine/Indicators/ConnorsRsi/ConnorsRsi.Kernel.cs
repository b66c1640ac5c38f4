namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ConnorsRSI formula (Connors Research, 2012, as Stock.Indicators computes it): the mean of three parts,
/// RSI(close, r) and RSI(streak, s) from <see cref="RsiKernel"/>s, and the percent rank of the one-bar return
/// <c>(x − x')/x'</c> among the previous <c>rank</c> returns: <c>⌊100·count(earlier &lt; current)/rank⌋</c>, an
/// integer as in Stock.Indicators. The streak counts consecutive rises (+1, +2, ...) or falls (−1, −2, ...),
/// 0 on an unchanged close and on the first value, NaN next to a NaN. Like Stock.Indicators the first value counts
/// as a return of 0 in the rank window; a NaN return (or a previous close ≤ 0) leaves the rank undefined while it
/// is in the window.
/// </summary>
public struct ConnorsRsiKernel
{
    private RsiKernel _rsi;
    private RsiKernel _streakRsi;
    private RollingWindow _returns;
    private readonly int _rank;
    private readonly int _streakStart;
    private readonly int _start;
    private double _previous;
    private double _streak;
    private long _index;

    /// <summary>Creates the kernel.</summary>
    public ConnorsRsiKernel(ConnorsRsiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _rsi = new RsiKernel(new RsiParameters(parameters.RsiPeriods));
        _streakRsi = new RsiKernel(new RsiParameters(parameters.StreakPeriods));
        _rank = parameters.RankPeriods;
        _returns = new RollingWindow(_rank + 1);
        _streakStart = parameters.StreakPeriods + 2;
        _start = Math.Max(parameters.RsiPeriods, Math.Max(parameters.StreakPeriods, parameters.RankPeriods)) + 1;
        _previous = double.NaN;
    }

    /// <summary>Takes the next value; returns every part and ConnorsRSI (NaN during warm-up).</summary>
    public ConnorsRsiPoint Update(double value)
    {
        long index = _index++;
        double rsi = _rsi.Update(value);
        double change;
        if (index == 0)
        {
            _streak = 0;
            change = 0;
        }
        else
        {
            _streak = double.IsNaN(value) || double.IsNaN(_previous) ? double.NaN
                : value > _previous ? (_streak >= 0 ? _streak + 1 : 1)
                : value < _previous ? (_streak <= 0 ? _streak - 1 : -1)
                : 0;
            change = double.IsNaN(value) || double.IsNaN(_previous) || _previous <= 0 ? double.NaN : (value - _previous) / _previous;
        }
        _previous = value;
        _returns.Add(change);
        double percentRank = _returns.IsFull && !double.IsNaN(change) ? PercentRank(_returns.Values, change, _rank) : double.NaN;
        double streakRsi = _streakRsi.Update(_streak);
        if (index < _streakStart) streakRsi = double.NaN;
        double connorsRsi = index >= _start ? (rsi + streakRsi + percentRank) / 3 : double.NaN;
        return new ConnorsRsiPoint(_streak, rsi, streakRsi, percentRank, connorsRsi);
    }

    private static double PercentRank(ReadOnlySpan<double> returns, double current, int rank)
    {
        int below = 0;
        foreach (double r in returns)
        {
            if (double.IsNaN(r)) return double.NaN;
            if (r < current) below++;
        }
        // Whole percent (integer division), as Stock.Indicators reports it.
        return 100 * below / rank;
    }
}
