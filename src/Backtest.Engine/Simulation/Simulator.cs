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
}
