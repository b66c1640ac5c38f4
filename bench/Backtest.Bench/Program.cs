using Backtest.Bench;
using Backtest.Bench.Workloads;

// The benchmark harness: named workloads over the shared data, each timed over repeated warm runs and
// reported as medians. Run in Release: dotnet run -c Release --project bench/Backtest.Bench -- candles
var workloads = new Dictionary<string, Func<BenchOptions, IReadOnlyList<Measurement>>>(StringComparer.OrdinalIgnoreCase)
{
    ["candles"] = CandlesWorkload.Run,
    ["bands"] = BandsWorkload.Run,
    ["w1"] = W1Workload.Run,
    ["w3"] = W3Workload.Run,
    ["basket"] = BasketWorkload.Run,
};

var options = BenchOptions.Parse(args);
// The w1 workload starts this harness again to time a first call in a fresh process.
if (options.Workload == "w1-first") return W1Workload.FirstCall(options, options.Argument ?? "simulator");
if (options.Workload is null || !workloads.TryGetValue(options.Workload, out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project bench/Backtest.Bench -- <{string.Join('|', workloads.Keys)}> [--runs N] [--data DIR]");
    return 2;
}
var results = run(options);
Measurement.Print(Console.Out, options.Workload, results);
return 0;
