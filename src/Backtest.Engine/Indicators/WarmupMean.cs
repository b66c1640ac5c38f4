namespace Backtest.Engine.Indicators;

/// <summary>
/// The mean of the first n values, summed oldest first: the seed of every recursive average (EMA, SMMA,
/// Wilder's RSI and ATR), and the restart point after a non-finite value. Summing in arrival order
/// reproduces Stock.Indicators' seed bit for bit. A NaN or ∞ value starts the count over, so the seed is
/// always the mean of n consecutive finite values (e.g. the first n defined MACD values for its signal).
/// </summary>
internal struct WarmupMean
{
    private int _count;
    private double _sum;

    /// <summary>True once <paramref name="period"/> values have been added since the last reset.</summary>
    public readonly bool IsComplete(int period) => _count >= period;

    /// <summary>Adds a value; returns the mean on the <paramref name="period"/>-th value, NaN before.</summary>
    public double Add(double value, int period)
    {
        if (!double.IsFinite(value))
        {
            Reset();
            return double.NaN;
        }
        _sum += value;
        return ++_count < period ? double.NaN : _sum / period;
    }

    /// <summary>Starts over.</summary>
    public void Reset()
    {
        _count = 0;
        _sum = 0;
    }
}
