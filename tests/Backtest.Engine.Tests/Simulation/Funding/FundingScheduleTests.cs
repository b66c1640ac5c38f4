using System.Globalization;
using System.IO.Compression;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Simulation.Funding;

public class FundingScheduleTests
{
    private static readonly string FundingFile = SharedData.Path("binance/futures_um/BTCUSDT-funding.csv");
    private static readonly string CandleFile = SharedData.Path("binance/futures_um/BTCUSDT-1h.csv.gz");

    [Fact]
    public void FixedPositionOnRealFuturesCandles_SumOfFundingMatchesIndependentRecomputation()
    {
        const double quantity = 0.75;
        var candles = CsvCandleReader.Read(CandleFile);
        var schedule = FundingRates.Load(FundingFile).MapTo(candles);
        double sum = 0;
        for (int e = 0; e < schedule.Count; e++) sum += schedule.Payment(e, quantity);

        // Independent: plain text parsing of both files, the hour containing each funding time by integer division,
        // that hour's open from a dictionary.
        var openByHour = new Dictionary<long, double>();
        using (var gz = new GZipStream(File.OpenRead(CandleFile), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
        {
            reader.ReadLine();
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var f = line.Split(',');
                openByHour[long.Parse(f[0], CultureInfo.InvariantCulture)] = double.Parse(f[1], CultureInfo.InvariantCulture);
            }
        }
        double expected = 0;
        int placed = 0, missing = 0;
        foreach (var line in File.ReadLines(FundingFile).Skip(1))
        {
            var f = line.Split(',');
            long t = long.Parse(f[0], CultureInfo.InvariantCulture);
            double rate = double.Parse(f[2], CultureInfo.InvariantCulture);
            if (!openByHour.TryGetValue(t - t % 3_600_000, out double open))
            {
                missing++;
                continue;
            }
            expected += -quantity * open * rate;
            placed++;
        }

        // 2024-01-01 .. 2025-12-20 23:00 without gaps: 366 + 354 = 720 days × 3 events; the rest of the 6,114 lie outside.
        Assert.Equal(2_160, placed);
        Assert.Equal(placed, schedule.Count);
        Assert.Equal(missing, schedule.Skipped);
        Assert.Equal(0, schedule.SkippedInGaps);
        Assert.True(schedule.SkippedBefore > 0 && schedule.SkippedAfter > 0);
        Assert.Equal(expected, sum, 1e-9 * Math.Abs(expected));
        // Positive rates dominated 2024-25: a long paid.
        Assert.True(sum < 0);
    }

    [Fact]
    public void EventsInGapsAndOutside_AreSkippedAndCounted()
    {
        // Hourly bars at 00:00, 01:00, then 03:00 (02:00 missing). Events at 00:00:00.005 (bar 0), 02:00:00.003 (gap),
        // 03:59:59.999 (bar 2), 04:00 (after the last bar's end) and one before the first bar.
        long h = 3_600_000, t0 = 1_704_067_200_000;
        var b = new CandleSeriesBuilder();
        b.Add(t0, 100, 101, 99, 100, 1);
        b.Add(t0 + h, 110, 111, 109, 110, 1);
        b.Add(t0 + 3 * h, 130, 131, 129, 130, 1);
        var candles = b.Build("BTCUSDT", Market.UsdMFutures, Interval.OneHour, "test");
        var rates = new FundingRates([t0 - 1, t0 + 5, t0 + 2 * h + 3, t0 + 4 * h - 1, t0 + 4 * h], [0.1, 0.001, 0.002, -0.003, 0.004], "test");

        var s = rates.MapTo(candles);
        Assert.Equal(2, s.Count);
        Assert.Equal([0, 2], s.BarIndex.ToArray());
        Assert.Equal([100.0, 130.0], s.Price.ToArray());
        Assert.Equal((1, 1, 1), (s.SkippedBefore, s.SkippedInGaps, s.SkippedAfter));
        // Long 2 pays 2 × 100 × 0.001 = 0.2 at event 0; receives 2 × 130 × 0.003 = 0.78 at event 1 (negative rate).
        Assert.Equal(-0.2, s.Payment(0, 2), 1e-12);
        Assert.Equal(0.78, s.Payment(1, 2), 1e-12);
        Assert.Equal(0.2, s.Payment(0, -2), 1e-12);
        Assert.Equal(1, s.FirstAtOrAfter(1));
        Assert.Equal(2, s.FirstAtOrAfter(3));
    }

    [Fact]
    public void DailyBars_HoldThreeEventsEach_AtTheDaysOpen()
    {
        var candles = CsvCandleReader.Read(SharedData.Path("binance/futures_um/BTCUSDT-1d.csv"));
        var s = FundingRates.Load(FundingFile).MapTo(candles);
        // Both cover 2021-01-01 .. 2026-07-31 (README): every event lands on a day, three per day.
        Assert.Equal(6_114, s.Count);
        Assert.Equal(0, s.Skipped);
        Assert.Equal(s.BarIndex[0], s.BarIndex[2]);
        Assert.Equal(candles.Open[s.BarIndex[2]], s.Price[2]);
        Assert.NotEqual(s.BarIndex[2], s.BarIndex[3]);
    }
}
