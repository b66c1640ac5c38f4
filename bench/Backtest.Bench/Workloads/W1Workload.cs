using System.Diagnostics;
using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Bench.Workloads;

/// <summary>
/// The <c>w1</c> workload of ../shared/bench/SPEC.md: sma-cross 10/50 on the 1,000,000 one-minute bars, through the
/// public API, from OHLC columns in memory to the outputs (trades, final equity, entry fills). Measures:
/// <list type="bullet">
/// <item>the CSV load (reported apart, as the SPEC asks);</item>
/// <item>the first call in a fresh process (this harness started again as a child, which loads the CSV and then
/// times one call, so JIT and tiering are in the figure), for the simulator tier and for the full result;</item>
/// <item>the warm median of the simulator tier (<see cref="Simulator.Run"/>: SMA columns, signals, simulation,
/// equity curve and trades; target 5.6 ms, a hand-tuned numba kernel on this machine), called in a loop as a sweep
/// does and again with a full collection before every call, and of the full result
/// (<see cref="BacktestRunner.Run"/>: plus the data-quality report, every metric and the manifest);</item>
/// <item>the same bars with stop-loss, take-profit and a trailing stop on every entry, long-short.</item>
/// </list>
/// Every run checks the reference outputs and throws if they are wrong.
/// </summary>
internal static class W1Workload
{
    private const double ReferenceEquity = 5.915975315684818e-09;
    private static readonly BacktestOptions Options = new() { Parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "50" } };

    public static IReadOnlyList<Measurement> Run(BenchOptions options)
    {
        string path = BarsPath(options);
        CandleSeries bars = null!;
        var load = Measurement.Time("csv load (1M rows, gz)", Math.Min(options.Runs, 3), null, () =>
        {
            bars = CsvCandleReader.Read(path);
            return $"{bars.Count:N0} candles";
        });

        var firstSim = FirstCalls(options, "simulator", 0.2);
        var firstFull = FirstCalls(options, "runner", null);
        var warm = Measurement.Time("w1 warm (simulator)", options.Runs, 0.0056, () => Simulator.Run(bars, W1Strategy()), Check, collect: false);
        var warmCollected = Measurement.Time("w1 warm, GC before each", options.Runs, 0.0056, () => Simulator.Run(bars, W1Strategy()), Check);
        var full = Measurement.Time("w1 warm (full result)", options.Runs, null, () => BacktestRunner.Run(Options, bars),
            r => string.Create(CultureInfo.InvariantCulture, $"{Check(r.GetSimulation())}, Sharpe {r.SharpeRatio:0.00}"));
        var stopOptions = SimulationOptions.Default with { Stops = new ProtectiveStops { Trailing = StopLevel.Percent(0.003) } };
        var stops = Measurement.Time("1M bars, SL/TP + trailing", options.Runs, null, () =>
            Simulator.Run(bars, new SmaCross(new SmaCrossParameters(10, 50, TradeDirection.LongShort, stopLoss: 0.002, takeProfit: 0.004)), stopOptions),
            result =>
        {
            var trades = result.GetTrades();
            return string.Create(CultureInfo.InvariantCulture,
                $"{result.TradeCount:N0} trades ({trades.Count(t => t.ExitReason == ExitReason.StopLoss):N0} SL, {trades.Count(t => t.ExitReason == ExitReason.TakeProfit):N0} TP, {trades.Count(t => t.ExitReason == ExitReason.TrailingStop):N0} trail), {result.AmbiguousBars:N0} ambiguous bars");
        });
        return [warm, warmCollected, full, stops, firstSim, firstFull, load];
    }

    /// <summary>The child process's job: load the bars, time one call, print the seconds.</summary>
    public static int FirstCall(BenchOptions options, string tier)
    {
        var bars = CsvCandleReader.Read(BarsPath(options));
        var sw = Stopwatch.StartNew();
        string note = tier == "runner" ? Check(BacktestRunner.Run(Options, bars).GetSimulation()) : Check(Simulator.Run(bars, W1Strategy()));
        double seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:R} {note}"));
        return 0;
    }

    private static Measurement FirstCalls(BenchOptions options, string tier, double? target)
    {
        var seconds = new List<double>();
        string note = "";
        for (int i = 0; i < Math.Min(options.Runs, 3); i++)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in (string[])["w1-first", tier, "--data", options.SharedDir]) start.ArgumentList.Add(arg);
            if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal)) start.ArgumentList.Insert(0, typeof(W1Workload).Assembly.Location);
            using var child = Process.Start(start)!;
            string output = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"the first-call child exited {child.ExitCode}: {output}");
            var parts = output.Split(' ', 2);
            seconds.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
            note = $"fresh process each; {parts[1]}";
        }
        return new Measurement($"w1 first call ({tier})", seconds, target, note);
    }

    private static SmaCross W1Strategy() => new(new SmaCrossParameters(10, 50));

    private static string Check(SimulationResult result)
    {
        var trades = result.GetTrades();
        bool ok = result.TradeCount == 13_872 && Math.Abs(result.FinalEquity - ReferenceEquity) <= 1e-9 * ReferenceEquity
            && trades[0].EntryBar == 112 && trades[4].EntryBar == 307 && trades[^1].EntryBar == 999_937;
        if (!ok) throw new InvalidOperationException($"W1 reference outputs not reproduced: {result.TradeCount} trades, final equity {result.FinalEquity:R}.");
        return string.Create(CultureInfo.InvariantCulture, $"{result.TradeCount:N0} trades, final {result.FinalEquity:0.000000000000e+00} (reference ok)");
    }

    private static string BarsPath(BenchOptions options)
    {
        string path = Path.Combine(options.SharedDir, "bench", "bars_1m.csv.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"The benchmark data is missing: {path}");
        return path;
    }
}
