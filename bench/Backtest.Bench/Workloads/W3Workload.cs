using System.Diagnostics;
using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Indicators;

namespace Backtest.Bench.Workloads;

/// <summary>
/// W3 of ../shared/bench/SPEC.md through the public indicator API: SMA(20), EMA(20), RSI(14) and ATR(14) on the
/// 1,000,000 bars of bars_1m.csv.gz. Checks the SPEC's reference values (relative 1e-9) before timing; the first
/// call (JIT included) is reported separately from the warm median. Target: ≤ 20 ms warm.
/// </summary>
internal static class W3Workload
{
    private static readonly (string Name, double First, double Last, double Sum)[] Reference =
    [
        ("SMA(20)", 29994.5006, 8460.3575, 18313102977.0759),
        ("EMA(20)", 29994.5006, 8462.84097554739, 18313102717.89986),
        ("RSI(14)", 65.50708364757962, 58.981653758897814, 49864753.56077288),
        ("ATR(14)", 41.711, 14.544546036886489, 25029706.36051141),
    ];

    public static IReadOnlyList<Measurement> Run(BenchOptions options)
    {
        var bars = CsvCandleReader.Read(Path.Combine(options.SharedDir, "bench", "bars_1m.csv.gz"));
        var first = Stopwatch.StartNew();
        var columns = Compute(bars);
        double firstCall = first.Elapsed.TotalSeconds;
        Verify(columns);
        var warm = Measurement.Time("W3 four indicators, 1M bars", options.Runs, 0.020, () =>
        {
            _ = Compute(bars);
            return "matches SPEC reference values";
        });
        return [new Measurement("W3 first call (JIT)", [firstCall], null, "same process, before warm-up"), warm];
    }

    private static double[][] Compute(CandleSeries bars) =>
    [
        Sma.Series(bars.Close, 20),
        Ema.Series(bars.Close, 20),
        Rsi.Series(bars.Close, 14),
        Atr.Series(bars.High, bars.Low, bars.Close, 14).Atr,
    ];

    private static void Verify(double[][] columns)
    {
        for (int k = 0; k < columns.Length; k++)
        {
            var (name, firstValue, last, sum) = Reference[k];
            var column = columns[k];
            int firstValid = Array.FindIndex(column, v => !double.IsNaN(v));
            double total = 0;
            for (int i = 1000; i < column.Length; i++) total += column[i];
            Check(name, "first valid", column[firstValid], firstValue);
            Check(name, "last", column[^1], last);
            Check(name, "sum[1000:]", total, sum);
        }
    }

    private static void Check(string name, string what, double actual, double expected)
    {
        if (Math.Abs(actual - expected) > 1e-9 * Math.Abs(expected))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{name} {what}: {actual:R}, SPEC says {expected:R}"));
        }
    }
}
