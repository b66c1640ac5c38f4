using Backtest.Engine.Data;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Runs a strategy over a candle series: the simulator tier of the engine (a <see cref="SimulationResult"/>: equity
/// curve, trades, final account). <see cref="BacktestRunner"/> builds on it with catalogued strategies, metrics and
/// the run manifest.
/// </summary>
public static class Simulator
{
    /// <summary>
    /// Simulates <paramref name="strategy"/> on <paramref name="candles"/>. When bars reached both a stop and a
    /// take-profit, the run is repeated under the pessimistic and optimistic policies to report both bounds
    /// (unless <see cref="SimulationOptions.ComputeBounds"/> is off); the strategy is re-initialised for each.
    /// </summary>
    /// <exception cref="Errors.BacktestException">Fewer than two candles or a non-finite or non-positive price
    /// (naming the row), or invalid options or orders.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static SimulationResult Run(CandleSeries candles, IStrategy strategy, SimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candles);
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= SimulationOptions.Default;
        options.Validate();
        CandleCheck.Require(candles);
        var result = new SimulationEngine(candles, strategy, options, options.Intrabar).Run(cancellationToken);
        if (result.AmbiguousBars == 0) return result;
        if (!options.ComputeBounds)
        {
            result.SetBounds(double.NaN, double.NaN);
            return result;
        }
        result.SetBounds(
            options.Intrabar == IntrabarPolicy.Pessimistic ? result.FinalEquity : Rerun(IntrabarPolicy.Pessimistic),
            options.Intrabar == IntrabarPolicy.Optimistic ? result.FinalEquity : Rerun(IntrabarPolicy.Optimistic));
        return result;

        double Rerun(IntrabarPolicy policy) => new SimulationEngine(candles, strategy, options, policy).Run(cancellationToken).FinalEquity;
    }

    /// <summary>
    /// Simulates one portfolio: <paramref name="candles"/> (one series per symbol, all of one interval) trading from one
    /// cash account on the union of their bar times, each symbol with its own instance of the strategy
    /// <paramref name="strategy"/> builds (see <see cref="PortfolioEngine"/> for the order of events, the slot
    /// ranking and the budget of an entry). Bounds for ambiguous bars are computed as for one symbol.
    /// </summary>
    /// <exception cref="Errors.BacktestException">No candles, mixed intervals, a symbol twice, a series with fewer than
    /// two candles or a bad price (naming the symbol and row), or invalid options.</exception>
    public static PortfolioSimulation RunPortfolio(IReadOnlyList<CandleSeries> candles, Func<IStrategy> strategy, SimulationOptions? options = null,
        PortfolioRules? rules = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candles);
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= SimulationOptions.Default;
        rules ??= PortfolioRules.Unlimited;
        options.Validate();
        rules.Validate();
        CandleCheck.RequireBasket(candles);
        if (options.LowerTimeframe is not null)
        {
            throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument,
                "Lower-timeframe candles belong to one symbol; a portfolio resolves ambiguous bars by the intrabar policy (Pessimistic or Optimistic).", "LowerTimeframe");
        }
        var result = Simulate(options.Intrabar);
        int ambiguous = result.Symbols.Sum(s => s.AmbiguousBars);
        if (ambiguous == 0) return result;
        // A symbol's share has no bounds of its own (the other policies change every symbol's budget).
        foreach (var symbol in result.Symbols) if (symbol.AmbiguousBars > 0) symbol.SetBounds(double.NaN, double.NaN);
        if (!options.ComputeBounds)
        {
            result.SetBounds(double.NaN, double.NaN);
            return result;
        }
        result.SetBounds(
            options.Intrabar == IntrabarPolicy.Pessimistic ? result.FinalEquity : Simulate(IntrabarPolicy.Pessimistic).FinalEquity,
            options.Intrabar == IntrabarPolicy.Optimistic ? result.FinalEquity : Simulate(IntrabarPolicy.Optimistic).FinalEquity);
        return result;

        PortfolioSimulation Simulate(IntrabarPolicy policy) =>
            new PortfolioEngine(candles, [.. candles.Select(_ => strategy())], options, rules, policy).Run(cancellationToken);
    }
}
