using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// A trading strategy, driven bar by bar by the simulator.
/// <para>
/// <b>Contract (no look-ahead).</b> <see cref="Initialize"/> runs once per simulation with the whole candle series,
/// to precompute indicator columns: use causal indicators only (every one in <see cref="Indicators.IndicatorCatalog"/>
/// is, and tests prove it), so a column's value at bar <c>i</c> depends on bars <c>0..i</c> alone. Then
/// <see cref="OnBar"/> runs after each bar closes, in time order; it may read columns and candles up to and including
/// bar <c>state.Index</c>, never later, and writes order intents to <c>orders</c>. With the default fill model nothing
/// fills before the next bar's open.
/// </para>
/// <para>
/// <b>Writing one.</b> Keep per-run state in fields and reset all of it in <see cref="Initialize"/> (the simulator may
/// run a strategy instance more than once, e.g. to compute the intrabar bounds); never allocate in
/// <see cref="OnBar"/>, it runs once per bar.
/// </para>
/// <code>
/// sealed class BuyTheDip : IStrategy
/// {
///     private static readonly ProtectiveStops Stops = ProtectiveStops.Percent(0.05, 0.10);
///     private double[] _rsi = [];
///     public string Name => "buy-the-dip";
///     public void Initialize(StrategyContext context) => _rsi = Rsi.Series(context.Candles.Close, 14);
///     public void OnBar(in BarState state, OrderIntents orders)
///     {
///         double rsi = _rsi[state.Index];
///         if (state.Position == 0 &amp;&amp; rsi &lt; 30) orders.EnterLong(Stops);
///         else if (state.Position &gt; 0 &amp;&amp; rsi &gt; 70) orders.Exit();
///     }
/// }
/// var result = Simulator.Run(candles, new BuyTheDip(), SimulationOptions.Default);
/// </code>
/// </summary>
public interface IStrategy
{
    /// <summary>A short name for results and manifests (the catalog's name for built-ins).</summary>
    string Name { get; }

    /// <summary>Called once before the first bar of every simulation; precompute columns and reset state here.</summary>
    void Initialize(StrategyContext context);

    /// <summary>Called after bar <c>state.Index</c> closes; add order intents to <paramref name="orders"/>.</summary>
    void OnBar(in BarState state, OrderIntents orders);
}
