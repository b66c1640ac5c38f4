namespace Backtest.Engine.Simulation;

/// <summary>
/// Decides whether and where an order fills on a bar. The simulator asks once at the decision close
/// (<see cref="FillPhase.DecisionClose"/>) and then once per later bar (<see cref="FillPhase.Bar"/>) until the order
/// fills, expires or is replaced. Protective stops are asked as a stop-market (stop-loss, trailing) and a limit
/// (take-profit) order. Implementations must be stateless: one instance serves many runs at once.
/// </summary>
public interface IFillModel
{
    /// <summary>The decision for <paramref name="context"/>'s order on its bar.</summary>
    FillDecision Decide(in FillContext context);
}
