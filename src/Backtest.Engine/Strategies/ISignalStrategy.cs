using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// A strategy whose decisions are a fixed <see cref="Signal"/> per bar, interpreted against the position by
/// <see cref="OrderIntents.Signal"/>. It can publish all signals at once, computed column-wise, and the simulator
/// then skips the bars where nothing can happen (no signal, no open order, no stop to watch). A run calls
/// <see cref="IStrategy.Initialize"/> and then either <see cref="ComputeSignals"/> (the fast path) or
/// <see cref="IStrategy.OnBar"/> for every bar (the event-driven path), never both, so a strategy may defer the
/// columns OnBar needs until its first call. OnBar must make exactly the same decisions bar by bar; each built-in
/// proves it with a test.
/// </summary>
public interface ISignalStrategy : IStrategy
{
    /// <summary>Stops attached to every entry the signals open (null for none).</summary>
    ProtectiveStops? EntryStops { get; }

    /// <summary>
    /// Writes one signal per bar of <c>context.Candles</c> into <paramref name="signals"/>, which arrives cleared
    /// (all <see cref="Signal.None"/>) and is owned by the simulator: write, do not keep it.
    /// </summary>
    void ComputeSignals(StrategyContext context, Span<Signal> signals);
}
