namespace Backtest.Engine.Simulation;

/// <summary>
/// How many base units an entry buys or sells when the strategy does not say. The simulator then applies
/// <see cref="LotRules"/> (step, whole units, minimum notional) and rejects an entry the cash cannot pay for.
/// Implementations must be stateless.
/// </summary>
public interface ISizingModel
{
    /// <summary>The quantity for <paramref name="context"/>'s entry.</summary>
    SizingDecision Size(in SizingContext context);
}
