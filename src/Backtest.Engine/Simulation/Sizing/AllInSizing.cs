namespace Backtest.Engine.Simulation;

/// <summary>
/// All available cash, net of the entry's own fee: <c>quantity = (cash − fixedFee) / (price × (1 + feeRate))</c>
/// (the W1 benchmark's rule, and backtesting.py's "all available cash" before it rounds to whole units). The default.
/// </summary>
public sealed class AllInSizing : ISizingModel
{
    /// <summary>The shared instance.</summary>
    public static AllInSizing Instance { get; } = new();

    /// <inheritdoc />
    public SizingDecision Size(in SizingContext context)
    {
        double spendable = context.Cash - context.FixedFee;
        return spendable > 0 ? new SizingDecision(spendable / (context.Price * (1 + context.FeeRate)), true) : new SizingDecision(0, false);
    }

    /// <inheritdoc />
    public override string ToString() => "all-in";
}
