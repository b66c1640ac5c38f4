namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ulcer index formula (Peter Martin 1987; Stock.Indicators <c>ToUlcerIndex</c>): over the last n closes,
/// each close's percent drawdown from the highest close since the window's start,
/// <c>D = 100·(close − max)/max</c>, and <c>UI = √(ΣD²/n)</c>. O(n) per bar. The running maximum starts at 0 and
/// takes only larger values, as Stock.Indicators does, so a window whose closes are all ≤ 0 is NaN.
/// </summary>
public struct UlcerIndexKernel : IValueKernel
{
    private RollingWindow _closes;

    /// <summary>Creates the kernel.</summary>
    public UlcerIndexKernel(UlcerIndexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _closes = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>Takes the next close; returns the ulcer index, or NaN during warm-up.</summary>
    public double Update(double value)
    {
        _closes.Add(value);
        if (!_closes.IsFull) return double.NaN;
        double highest = 0, sumSquares = 0;
        foreach (double close in _closes.Values)
        {
            if (close > highest) highest = close;
            double drawdown = highest == 0 ? double.NaN : 100 * ((close - highest) / highest);
            sumSquares += drawdown * drawdown;
        }
        return Math.Sqrt(sumSquares / _closes.Capacity);
    }
}
