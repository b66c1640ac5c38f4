namespace Backtest.Engine.Indicators;

/// <summary>
/// The one CMO formula (Tushar Chande, 1994; Stock.Indicators <c>ToCmo</c>): over the last n changes
/// <c>Δ = x − x'</c>, <c>Su = Σ max(Δ, 0)</c> and <c>Sd = Σ max(−Δ, 0)</c>, both summed oldest first;
/// <c>CMO = 100·(Su − Sd)/(Su + Sd)</c>, undefined when nothing moved. A NaN change in the window makes CMO NaN
/// until it leaves.
/// </summary>
public struct CmoKernel : IValueKernel
{
    private RollingWindow _changes;
    private double _previous;

    /// <summary>Creates the kernel.</summary>
    public CmoKernel(CmoParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _changes = new RollingWindow(parameters.LookbackPeriods);
        _previous = double.NaN;
    }

    /// <summary>Takes the next value; returns the CMO (−100..100), or NaN during warm-up.</summary>
    public double Update(double value)
    {
        _changes.Add(value - _previous);
        _previous = value;
        if (!_changes.IsFull) return double.NaN;
        double up = 0, down = 0;
        foreach (double change in _changes.Values)
        {
            // Branch-free, and NaN-propagating: Math.Max returns NaN when either argument is NaN.
            up += Math.Max(change, 0);
            down += Math.Max(-change, 0);
        }
        double total = up + down;
        return total != 0 ? 100 * (up - down) / total : double.NaN;
    }
}
