namespace Backtest.Engine.Simulation;

/// <summary>What the simulator assumes when one bar reaches both a position's stop and its take-profit.</summary>
public enum IntrabarPolicy
{
    /// <summary>The stop first (the default): results are never flattered by an order nobody can know.</summary>
    Pessimistic = 0,

    /// <summary>The take-profit first: the best case, for bounds.</summary>
    Optimistic = 1,

    /// <summary>
    /// Walk the lower-timeframe candles inside the bar (<see cref="SimulationOptions.LowerTimeframe"/>) and take
    /// whichever level they reach first; where one of them reaches both, or none covers the bar, the stop first.
    /// </summary>
    LowerTimeframe = 2,
}
