using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Strategies.TestData;

/// <summary>Shared pieces of the built-in strategies' tests: the real candles, golden statistics and the no-look-ahead check.</summary>
public static class StrategyRuns
{
    private static readonly Lazy<CandleSeries> Btc4hSeries = new(() => CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-4h.csv.gz")));

    /// <summary>Fee-free, one unit per entry: hand-computed cases read prices straight off the trades.</summary>
    public static SimulationOptions OneUnit { get; } = new()
    {
        InitialCash = 10_000,
        Fee = MakerTakerFeeModel.None,
        Sizing = new FixedQuantitySizing(1),
    };

    /// <summary>Binance BTCUSDT spot, 4-hour candles (../shared/data/binance/spot/BTCUSDT-4h.csv.gz).</summary>
    public static CandleSeries Btc4h => Btc4hSeries.Value;

    /// <summary>Share of trades with Pnl above 0, in percent (as <see cref="Metrics.WinRate"/> counts).</summary>
    public static double WinRatePct(IReadOnlyList<Trade> trades) => 100.0 * trades.Count(t => t.Pnl > 0) / trades.Count;

    /// <summary>A catalogued strategy built from the catalog's defaults plus <paramref name="values"/>.</summary>
    public static IStrategy FromCatalog(StrategyEntry entry, params (string Name, string Value)[] values) =>
        entry.Create(entry.Resolve(values.ToDictionary(v => v.Name, v => v.Value)));

    /// <summary>
    /// Resolving <paramref name="values"/> must fail with an InvalidArgument error whose target is <paramref name="target"/>;
    /// returns the error for further checks of its message.
    /// </summary>
    public static BacktestException AssertRejected(StrategyEntry entry, string target, params (string Name, string Value)[] values)
    {
        var error = Assert.Throws<BacktestException>(() => entry.Resolve(values.ToDictionary(v => v.Name, v => v.Value)));
        Assert.Equal((ErrorKind.InvalidArgument, target), (error.Kind, error.Target));
        return error;
    }

    /// <summary>
    /// Resolving one out-of-range <paramref name="value"/> must fail naming <paramref name="name"/> in the catalog's
    /// words: <c>strategy: parameter 'name' must be ...</c>.
    /// </summary>
    public static void AssertOutOfRange(StrategyEntry entry, string name, string value) =>
        Assert.StartsWith($"{entry.Name}: parameter '{name}' must be", AssertRejected(entry, name, (name, value)).Message, StringComparison.Ordinal);

    /// <summary>
    /// Runs <paramref name="strategy"/> on all of <paramref name="full"/> and on its first <paramref name="cut"/> bars:
    /// the equity before the cut and the trades closed in the prefix must be the same, or a decision read a later bar.
    /// Returns the full run.
    /// </summary>
    public static SimulationResult AssertPrefixGivesPrefix(CandleSeries full, IStrategy strategy, int cut)
    {
        var all = Simulator.Run(full, strategy);
        var part = Simulator.Run(full.SliceByIndex(0, cut), strategy);
        Assert.True(all.Equity[..cut].SequenceEqual(part.Equity), "equity before the cut depends on later bars");
        var closed = part.GetTrades().Where(t => !t.IsOpen).ToList();
        Assert.True(closed.Count > 5, $"too few trades before bar {cut} to prove anything ({closed.Count})");
        Assert.Equal(all.GetTrades().Take(closed.Count), closed);
        return all;
    }
}
