using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Store;

namespace Backtest.Bench.Workloads;

/// <summary>
/// The <c>candles</c> workload: load ../shared/bench/bars_1m.csv.gz (1,000,000 rows) into a CandleSeries, then
/// write the same candles to a fresh SQLite store and read them back. Targets: CSV load ≤ 0.3 s (pandas takes
/// 0.55 s on this machine), store read of 1M candles ≤ 0.15 s.
/// </summary>
internal static class CandlesWorkload
{
    public static IReadOnlyList<Measurement> Run(BenchOptions options)
    {
        string path = Path.Combine(options.SharedDir, "bench", "bars_1m.csv.gz");
        if (!File.Exists(path)) throw new FileNotFoundException($"The benchmark data is missing: {path}");

        CandleSeries series = null!;
        var load = Measurement.Time("csv load (1M rows, gz)", options.Runs, 0.30, () =>
        {
            series = CsvCandleReader.Read(path);
            return $"{series.Count:N0} candles";
        });

        string dir = Path.Combine(Path.GetTempPath(), $"backtest-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            var key = new CandleStoreKey("bench", Market.Spot, series.Symbol, series.Interval);
            long from = series.OpenTimeMs[0], to = series.Interval.Next(series.OpenTimeMs[series.Count - 1]);
            int n = 0;
            var write = Measurement.Time("store write (1M candles)", options.Runs, null, () =>
            {
                using var store = new CandleStore(Path.Combine(dir, $"w{n++}.db"));
                store.Write(key, series, from, to);
                return "fresh file each run";
            });
            string readPath = Path.Combine(dir, "read.db");
            using (var store = new CandleStore(readPath)) store.Write(key, series, from, to);
            var read = Measurement.Time("store read (1M candles)", options.Runs, 0.15, () =>
            {
                using var store = new CandleStore(readPath);
                var back = store.Read(key, from, to);
                if (back.Count != series.Count) throw new InvalidOperationException($"read {back.Count} of {series.Count} candles");
                return $"{back.Count:N0} candles";
            });
            return [load, write, read];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
