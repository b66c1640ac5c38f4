using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Resampling;
using Backtest.Engine.Errors;
using Backtest.Engine.Tests.Data.Quality;

namespace Backtest.Engine.Tests.Data.Resampling;

public class ResamplerTests
{
    private static CandleSeries Spot(string file) => CsvCandleReader.Read(SharedData.Path("binance/spot/" + file));

    /// <summary>Buckets of <paramref name="mine"/> that <paramref name="reference"/> also has, and which of those differ in OHLC or volume.</summary>
    private static (int Overlap, List<long> Different) Compare(CandleSeries mine, CandleSeries reference, double volumeTolerance = 1e-9)
    {
        int overlap = 0;
        var different = new List<long>();
        for (int i = 0; i < mine.Count; i++)
        {
            int j = reference.LowerBound(mine.OpenTimeMs[i]);
            if (j >= reference.Count || reference.OpenTimeMs[j] != mine.OpenTimeMs[i]) continue;
            overlap++;
            bool same = mine.Open[i] == reference.Open[j] && mine.High[i] == reference.High[j] && mine.Low[i] == reference.Low[j] && mine.Close[i] == reference.Close[j]
                && Math.Abs(mine.Volume[i] - reference.Volume[j]) <= volumeTolerance * reference.Volume[j];
            if (!same) different.Add(mine.OpenTimeMs[i]);
        }
        return (overlap, different);
    }

    [Fact]
    public void April2023Minutes_To4h_ReproduceBinances4hCandles_ExceptThePartialEdgeBuckets()
    {
        var minutes = Spot("BTCUSDT-1m-2023-04.csv.gz");
        var reference = Spot("BTCUSDT-4h.csv.gz");

        // With the edges kept: 181 buckets overlap, and exactly the two edge buckets differ. The file starts at
        // 2023-04-05 07:37 (23 of the 04:00 bucket's 240 minutes) and ends at 2023-05-05 07:35 (216 of 240).
        var withEdges = Compare(Resampler.Resample(minutes, Interval.FourHours, keepPartialEdges: true), reference);
        Assert.Equal(181, withEdges.Overlap);
        Assert.Equal([1680667200000L, 1683259200000L], withEdges.Different);
        Assert.Equal(new DateTime(2023, 4, 5, 4, 0, 0, DateTimeKind.Utc), CandleSeries.ToUtc(withEdges.Different[0]));
        Assert.Equal(new DateTime(2023, 5, 5, 4, 0, 0, DateTimeKind.Utc), CandleSeries.ToUtc(withEdges.Different[1]));

        // By default those two are dropped and the other 179 are identical.
        var byDefault = Resampler.Resample(minutes, Interval.FourHours);
        var compared = Compare(byDefault, reference);
        Assert.Equal(179, byDefault.Count);
        Assert.Equal(179, compared.Overlap);
        Assert.Empty(compared.Different);
    }

    [Fact]
    public void March2024Minutes_To4h_ReproduceAll126OfBinances4hCandles()
    {
        var fourHours = Resampler.Resample(Spot("BTCUSDT-1m-2024-03.csv.gz"), Interval.FourHours);
        var compared = Compare(fourHours, Spot("BTCUSDT-4h.csv.gz"));

        Assert.Equal(126, fourHours.Count);
        Assert.Equal(126, compared.Overlap);
        Assert.Empty(compared.Different);
        Assert.Equal(Interval.FourHours, fourHours.Interval);
    }

    [Fact]
    public void Hours_ToDays_ReproduceBinancesDailyCandles_IncludingDaysWithOutages()
    {
        var hours = Spot("BTCUSDT-1h.csv.gz");
        var days = Resampler.Resample(hours, Interval.OneDay);
        var compared = Compare(days, Spot("BTCUSDT-1d.csv"));

        // 1h starts 2017-08-17 04:00 and ends 2022-10-11 10:00: both edge days are partial and dropped; the other
        // 1,880 days all match, including the 28 interior days with missing hours (exchange outages).
        Assert.Equal(1880, days.Count);
        Assert.Equal(1880, compared.Overlap);
        Assert.Empty(compared.Different);
        Assert.Equal(new DateTime(2017, 8, 18, 0, 0, 0, DateTimeKind.Utc), days.StartTime);
        Assert.Equal(new DateTime(2022, 10, 10, 0, 0, 0, DateTimeKind.Utc), days.EndTime);
        int daysWithOutages = days.OpenTimeMs.ToArray().Count(day => hours.LowerBound(day + 86_400_000L) - hours.LowerBound(day) < 24);
        Assert.Equal(28, daysWithOutages);
    }

    [Fact]
    public void InteriorBucketWithMissingSourceBars_IsEmittedFromTheBarsThatExist()
    {
        var hours = TestSeries.Hourly((0, 10, 12, 9, 11, 1), (1, 11, 13, 10, 12, 2), (3, 12, 15, 11, 14, 3), (4, 14, 14, 8, 9, 4), (5, 9, 10, 9, 10, 5), (6, 10, 11, 9, 10, 6), (7, 10, 11, 9, 10.5, 7));
        var twoHours = Resampler.Resample(hours, Interval.All.First(i => i.Name == "2h"));

        Assert.Equal(4, twoHours.Count);
        Assert.Equal(new Candle(CandleSeries.ToUtc(TestSeries.Start + 2 * TestSeries.Hour), 12, 15, 11, 14, 3, Symbol: twoHours.Symbol, Interval: twoHours.Interval), twoHours[1]);
        Assert.Equal(new Candle(CandleSeries.ToUtc(TestSeries.Start + 4 * TestSeries.Hour), 14, 14, 8, 10, 9, Symbol: twoHours.Symbol, Interval: twoHours.Interval), twoHours[2]);
    }

    [Fact]
    public void UnknownQuoteVolumeAndTrades_StayUnknown_KnownOnesAreSummed()
    {
        var builder = new CandleSeriesBuilder();
        builder.Add(TestSeries.Start, 1, 2, 0.5, 1.5, 1, 10, 3);
        builder.Add(TestSeries.Start + TestSeries.Hour, 1, 2, 0.5, 1.5, 1, 20, 4);
        builder.Add(TestSeries.Start + 2 * TestSeries.Hour, 1, 2, 0.5, 1.5, 1, double.NaN, -1);
        builder.Add(TestSeries.Start + 3 * TestSeries.Hour, 1, 2, 0.5, 1.5, 1, 5, 6);
        var series = builder.Build("X", Market.Spot, Interval.OneHour, "test");

        var twoHours = Resampler.Resample(series, Interval.All.First(i => i.Name == "2h"));

        Assert.Equal(30, twoHours[0].QuoteVolume);
        Assert.Equal(7, twoHours[0].Trades);
        Assert.Null(twoHours[1].QuoteVolume);
        Assert.Null(twoHours[1].Trades);
    }

    [Fact]
    public void Days_ToMonths_AggregateEachCalendarMonth()
    {
        var days = Spot("BTCUSDT-1d.csv");
        var months = Resampler.Resample(days, Interval.Parse("1M"));

        // Independent aggregation by calendar month over the complete months (the file starts 2017-08-17, ends 2026-01-04).
        var expected = days.AsCandles()
            .GroupBy(c => (c.OpenTime.Year, c.OpenTime.Month))
            .Where(g => g.First().OpenTime.Day == 1 && g.Last().OpenTime.AddDays(1).Day == 1)
            .Select(g => new Candle(new DateTime(g.Key.Year, g.Key.Month, 1, 0, 0, 0, DateTimeKind.Utc), g.First().Open, g.Max(c => c.High), g.Min(c => c.Low), g.Last().Close, g.Sum(c => c.Volume), Symbol: "BTCUSDT", Interval: Interval.Parse("1M")))
            .ToList();
        Assert.Equal(expected.Count, months.Count);
        Assert.Equal(new DateTime(2017, 9, 1, 0, 0, 0, DateTimeKind.Utc), months.StartTime);
        Assert.Equal(new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), months.EndTime);
        for (int i = 0; i < months.Count; i++)
        {
            var m = months[i];
            Assert.Equal(expected[i] with { Volume = 0, QuoteVolume = null, Trades = null }, m with { Volume = 0, QuoteVolume = null, Trades = null });
            Assert.Equal(expected[i].Volume, m.Volume, 1e-9 * expected[i].Volume);
        }
    }

    [Fact]
    public void PartialEdges_AreDroppedUnlessKept()
    {
        // Hours 3..9: the 00:00 4h bucket lacks hours 0-2, the 08:00 bucket lacks 10-11.
        var hours = TestSeries.Hourly(Enumerable.Range(3, 7).Select(h => ((long)h, 1.0, 2.0, 0.5, 1.5, 1.0)).ToArray());
        Assert.Equal([TestSeries.Start + 4 * TestSeries.Hour], Resampler.Resample(hours, Interval.FourHours).OpenTimeMs.ToArray());
        Assert.Equal(3, Resampler.Resample(hours, Interval.FourHours, keepPartialEdges: true).Count);
    }

    [Fact]
    public void TargetNotAWholeMultiple_IsRefusedNamingBoth()
    {
        var hours = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1));
        var ex = Assert.Throws<BacktestException>(() => Resampler.Resample(hours, Interval.OneMinute));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("from 1h to 1m", ex.Message, StringComparison.Ordinal);

        var week = Assert.Throws<BacktestException>(() => Resampler.Resample(Spot("BTCUSDT-1d.csv").With(interval: Interval.Parse("3d")), Interval.Parse("1w")));
        Assert.Contains("from 3d to 1w", week.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsortedSource_IsRefused()
    {
        var hours = TestSeries.Hourly((1, 1, 2, 0.5, 1.5, 1), (0, 1, 2, 0.5, 1.5, 1));
        var ex = Assert.Throws<BacktestException>(() => Resampler.Resample(hours, Interval.FourHours));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("strictly ascending", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameInterval_ReturnsTheSource()
    {
        var hours = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1));
        Assert.Same(hours, Resampler.Resample(hours, Interval.OneHour));
    }
}
