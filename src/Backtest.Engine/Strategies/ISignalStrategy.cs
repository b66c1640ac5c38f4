using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// A strategy whose decisions are a fixed <see cref="Signal"/> per bar, interpreted against the position by
/// <see cref="OrderIntents.Signal"/>. It can publish all signals at once, computed column-wise after
/// <see cref="IStrategy.Initialize"/>, and the simulator then skips the bars where nothing can happen (no signal, no
/// open order, no stop to watch). <see cref="IStrategy.OnBar"/> must make exactly the same decisions bar by bar;
/// each built-in proves it with a test.
/// </summary>
public interface ISignalStrategy : IStrategy
{
    /// <summary>Stops attached to every entry the signals open (null for none).</summary>
    ProtectiveStops? EntryStops { get; }

    /// <summary>One signal per bar of the initialized series.</summary>
    Signal[] ComputeSignals();
}
