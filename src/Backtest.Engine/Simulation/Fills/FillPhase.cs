namespace Backtest.Engine.Simulation;

/// <summary>When the simulator asks an <see cref="IFillModel"/> about an order.</summary>
public enum FillPhase
{
    /// <summary>At the close of the bar the strategy decided on, right after the decision (this-close fills).</summary>
    DecisionClose = 0,

    /// <summary>During a later bar: at its open, or inside its high–low range.</summary>
    Bar = 1,
}
