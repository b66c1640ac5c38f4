using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;

namespace Backtest.Engine.Tests.Simulation.TestData;

/// <summary>The benchmark's 1,000,000 one-minute bars (../shared/bench/bars_1m.csv.gz), read once per test run.</summary>
public static class W1Data
{
    private static readonly Lazy<CandleSeries> Lazy = new(() =>
        CsvCandleReader.Read(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "bench", "bars_1m.csv.gz")));

    /// <summary>The bars.</summary>
    public static CandleSeries Bars => Lazy.Value;
}
