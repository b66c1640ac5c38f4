using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;

namespace Backtest.Engine.Tests.Signals.Bands;

/// <summary>Real and hand-made candles for the band tests.</summary>
public static class BandTestData
{
    private static readonly Lazy<CandleSeries> BitcoinDaily = new(() => CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv")));

    /// <summary>Spot BTCUSDT daily candles, 2017-08-17 .. 2026-01-04 (3,063 bars, no gaps).</summary>
    public static CandleSeries Bitcoin => BitcoinDaily.Value;

    /// <summary>The 18 daily files of the spot basket, sorted by name.</summary>
    public static string[] BasketDaily() =>
        [.. Directory.GetFiles(SharedData.Path("binance/spot/basket"), "*-1d.csv").Order(StringComparer.Ordinal)];

    /// <summary>Daily candles from 2024-01-01 with the given closes (open = previous close, a 1 % range).</summary>
    public static CandleSeries Daily(IReadOnlyList<double> closes, string symbol = "TESTUSDT")
    {
        var builder = new CandleSeriesBuilder(closes.Count);
        long start = CandleSeries.ToEpochMs(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        for (int i = 0; i < closes.Count; i++)
        {
            double close = closes[i], open = i == 0 ? close : closes[i - 1];
            builder.Add(start + (i * 86_400_000L), open, Math.Max(open, close) * 1.005, Math.Min(open, close) * 0.995, close, 100);
        }
        return builder.Build(symbol, Market.Spot, Interval.OneDay, "test");
    }

    /// <summary>A smooth path (quadratic trend plus a slow wave) with a small deterministic wiggle, <paramref name="n"/> bars.</summary>
    public static double[] Wavy(int n)
    {
        var closes = new double[n];
        for (int i = 0; i < n; i++)
        {
            closes[i] = 100 + (0.05 * i) - (0.0004 * i * i) + (3 * Math.Sin(i / 9.0)) + ((i % 5) - 2) * 0.4;
        }
        return closes;
    }
}
