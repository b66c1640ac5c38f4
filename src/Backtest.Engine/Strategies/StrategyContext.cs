using Backtest.Engine.Data;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>What a strategy gets before the first bar.</summary>
/// <param name="Candles">The whole series (read it only through causal computations; see <see cref="IStrategy"/>).</param>
/// <param name="Market">The candles with lazily computed columns (ATR) shared with the models.</param>
/// <param name="Options">The simulation's options.</param>
public sealed record StrategyContext(CandleSeries Candles, MarketView Market, SimulationOptions Options);
