using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Bench.Workloads;

/// <summary>
/// The <c>bands</c> workload: a band scan of 100 symbols × 720 daily candles read from the candle store (the
/// nightly scan once the cache is warm), then the fits alone on candles in memory, then the rolling
/// non-repainting band over BTCUSDT 1h (45,024 bars, window 100, degree 4). The 100 series are the 18 real
/// basket dailies at different offsets, re-stamped onto one calendar so one EndTime covers them all; the
/// exchange URL points at a closed port, so a cache miss would fail the run instead of hiding a download.
/// </summary>
internal static class BandsWorkload
{
    private const int Symbols = 100;
    private const int Days = 720;
    private static readonly DateTime End = new(2022, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<Measurement> Run(BenchOptions options)
    {
        string basket = Path.Combine(options.SharedDir, "data", "binance", "spot", "basket");
        var sources = Directory.GetFiles(basket, "*-1d.csv").Order(StringComparer.Ordinal).Select(f => CsvCandleReader.Read(f)).ToArray();
        var series = Enumerable.Range(0, Symbols).Select(i => Restamp(sources[i % sources.Length], i)).ToArray();

        string dir = Path.Combine(Path.GetTempPath(), $"backtest-bench-bands-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            string cache = Path.Combine(dir, "candles.db");
            using (var store = new CandleStore(cache))
            {
                long from = CandleSeries.ToEpochMs(End.AddDays(-Days - 30)), to = CandleSeries.ToEpochMs(End);
                foreach (var s in series) store.Write(new CandleStoreKey("binance", Market.Spot, s.Symbol, Interval.OneDay), s, from, to);
            }
            var scanOptions = new BandScanOptions
            {
                Symbols = [.. series.Select(s => s.Symbol)],
                EndTime = End,
                Days = Days,
                CachePath = cache,
                Binance = new BinanceClientOptions { SpotBaseUrl = new Uri("http://127.0.0.1:9/"), FuturesBaseUrl = new Uri("http://127.0.0.1:9/") },
            };
            var scan = Measurement.Time($"scan {Symbols}x{Days}d from store", options.Runs, null, () =>
            {
                var results = BandScan.RunAllAsync(scanOptions).GetAwaiter().GetResult();
                if (results.Any(r => r.Signal.Error is not null || r.Signal.Bars != Days))
                {
                    throw new InvalidOperationException($"scan went wrong: {results.First(r => r.Signal.Error is not null || r.Signal.Bars != Days).Signal}");
                }
                return $"{results.Count} signals, {results.Count(r => r.Signal.Signal != Engine.Signals.TradeSignal.Hold)} BUY/SELL";
            });
            var fits = Measurement.Time($"fit only {Symbols}x{Days} (memory)", options.Runs, null, () =>
            {
                double sum = 0;
                foreach (var s in series) sum += BandWindow.Signal(s, scanOptions).Fit;
                return $"checksum {sum:G6}";
            });
            var hourly = CsvCandleReader.Read(Path.Combine(options.SharedDir, "data", "binance", "spot", "BTCUSDT-1h.csv.gz"));
            var rolling = Measurement.Time($"rolling band {hourly.Count:N0} bars", options.Runs, null, () =>
            {
                var r = PolynomialBands.Series(hourly, 100, 4, 2.0);
                return $"last fit {r.Fit[^1]:F2}";
            });
            return [scan, fits, rolling];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // The last 720 + 10 candles of the source, ending (i / 18) * 3 bars before its end, on the calendar that ends at End.
    private static CandleSeries Restamp(CandleSeries source, int i)
    {
        int count = Days + 10, last = source.Count - 1 - ((i / 18) * 3), first = last - count + 1;
        var builder = new CandleSeriesBuilder(count);
        long start = CandleSeries.ToEpochMs(End.AddDays(-count));
        for (int j = 0; j < count; j++)
        {
            int k = first + j;
            builder.Add(start + (j * 86_400_000L), source.Open[k], source.High[k], source.Low[k], source.Close[k], source.Volume[k]);
        }
        return builder.Build($"{source.Symbol[..^4]}{i:D2}USDT", Market.Spot, Interval.OneDay, "binance");
    }
}
