using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Simulation.TestData;

/// <summary>
/// A strategy that places the orders it was given at the bars it was given: the simplest real <see cref="IStrategy"/>,
/// so hand-computed cases test the simulator's fills rather than a strategy's logic. Also records every state it saw.
/// </summary>
public sealed class ScriptedStrategy(params (int Bar, OrderIntent Intent)[] script) : IStrategy
{
    private readonly List<BarState> _seen = [];

    /// <summary>The states OnBar received, in order.</summary>
    public IReadOnlyList<BarState> Seen => _seen;

    /// <summary>How many times Initialize ran.</summary>
    public int Initialized { get; private set; }

    /// <inheritdoc />
    public string Name => "scripted";

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        _seen.Clear();
        Initialized++;
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        _seen.Add(state);
        foreach (var (bar, intent) in script)
        {
            if (bar == state.Index) orders.Add(intent);
        }
    }

    /// <summary>Market orders: enter long, enter short, or exit, at the given bars.</summary>
    public static ScriptedStrategy Market(params (int Bar, OrderAction Action)[] orders) =>
        new([.. orders.Select(o => (o.Bar, OrderIntent.Market(o.Action)))]);
}
