using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Simulation;

namespace Backtest.Bench.Workloads;

/// <summary>
/// The issue-6 basket benchmark: the 18-pair basket (<c>binance/spot/basket/*-1h-2020-10_2022-09.csv.gz</c>) as ONE
/// portfolio with <c>dma-atr-trend</c> at its catalog defaults, at most 6 positions at once (all-in split over the free slots),
/// through <see cref="BacktestRunner.RunPortfolio"/>: the full result with the data-quality report, per-symbol and
/// portfolio metrics and the manifest; and the simulator tier alone (<see cref="Simulator.RunPortfolio"/>: indicators, strategy, fills). Reports the warm median and the cost per symbol-bar (bars of all symbols
/// together), plus the CSV load apart.
/// </summary>
internal static class BasketWorkload
{
    private static readonly BacktestOptions Options = new() { Strategy = "dma-atr-trend", Portfolio = new PortfolioRules { MaxPositions = 6 } };

    public static IReadOnlyList<Measurement> Run(BenchOptions options)
    {
        var files = Directory.GetFiles(Path.Combine(options.SharedDir, "data", "binance", "spot", "basket"), "*-1h-2020-10_2022-09.csv.gz").Order(StringComparer.Ordinal).ToArray();
        CandleSeries[] basket = [];
        var load = Measurement.Time("basket csv load (18 x 1h)", Math.Min(options.Runs, 3), null, () =>
        {
            basket = [.. files.Select(f => CsvCandleReader.Read(f))];
            return string.Create(CultureInfo.InvariantCulture, $"{basket.Length} symbols, {basket.Sum(b => b.Count):N0} symbol-bars");
        });
        long symbolBars = basket.Sum(b => (long)b.Count);
        var run = Measurement.Time("basket portfolio, dma-atr-trend", options.Runs, null, () => BacktestRunner.RunPortfolio(Options, basket), r =>
            string.Create(CultureInfo.InvariantCulture,
                $"{r.Bars:N0} steps, {r.Trades:N0} trades, {r.SkippedEntries:N0} skipped, return {r.TotalReturnPct:0.0} %, final {r.FinalEquity:0.00}"));
        run = run with { Note = string.Create(CultureInfo.InvariantCulture, $"{run.Note}; {run.Median / symbolBars * 1e9:0} ns per symbol-bar") };
        var entry = Backtest.Engine.Strategies.StrategyCatalog.Find(Options.Strategy);
        var values = entry.Resolve(null);
        var simulator = Measurement.Time("  simulator tier only", options.Runs, null,
            () => Simulator.RunPortfolio(basket, () => entry.Create(values), Options.ToSimulationOptions(), Options.Portfolio),
            r => string.Create(CultureInfo.InvariantCulture, $"final {r.FinalEquity:0.00}"));
        simulator = simulator with { Note = string.Create(CultureInfo.InvariantCulture, $"{simulator.Note}; {simulator.Median / symbolBars * 1e9:0} ns per symbol-bar") };
        return [run, simulator, load];
    }
}
