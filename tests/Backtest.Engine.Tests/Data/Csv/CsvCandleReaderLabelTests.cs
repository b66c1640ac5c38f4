using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Csv;

/// <summary>Symbol and interval: from options, else the file name, else the data; contradictions are errors.</summary>
public class CsvCandleReaderLabelTests
{
    private const string MinuteRows = "time,open,high,low,close,volume\n1672531200,1,2,0.5,1.5,3\n1672531260,1,2,0.5,1.5,3\n1672531320,1,2,0.5,1.5,3\n";

    private static CandleSeries Read(string name, string text, CsvReadOptions? options = null)
    {
        using var file = TempFile.WithText(name, text);
        return CsvCandleReader.Read(file.Path, options);
    }

    [Theory]
    [InlineData("BTCUSDT-1h.csv.gz", "BTCUSDT", "1h")]
    [InlineData("BTCUSDT-1m-2023-04.csv.gz", "BTCUSDT", "1m")]
    [InlineData("BTCUSDT-1h-2020-10_2022-09.csv.gz", "BTCUSDT", "1h")]
    [InlineData("BTCUSDT-1h-2024-01.zip", "BTCUSDT", "1h")]
    [InlineData("ethusdt-1M.csv", "ETHUSDT", "1M")]
    [InlineData("/some/folder/SOLUSDT-4h.csv", "SOLUSDT", "4h")]
    public void FileName_NamesSymbolAndInterval(string name, string symbol, string interval)
    {
        var naming = CsvFileName.Parse(name);
        Assert.Equal(symbol, naming.Symbol);
        Assert.Equal(Interval.Parse(interval), naming.Interval);
    }

    [Theory]
    [InlineData("2006-day-001.csv", "2006-DAY-001")]
    [InlineData("_issue0859.adx.nan.csv", "_ISSUE0859.ADX.NAN")]
    [InlineData("quotes.csv.gz", "QUOTES")]
    public void OtherFileNames_NameNoInterval_AndTheSymbolIsTheStem(string name, string symbol)
    {
        var naming = CsvFileName.Parse(name);
        Assert.Null(naming.Interval);
        Assert.Equal(symbol, naming.FallbackSymbol);
    }

    [Fact]
    public void Options_OverrideSymbolIntervalAndMarket()
    {
        var series = Read("BTCUSDT-1m.csv", MinuteRows, new CsvReadOptions { Symbol = "ethusdt", Interval = Interval.OneMinute, Market = Market.UsdMFutures });
        Assert.Equal("ETHUSDT", series.Symbol);
        Assert.Equal(Market.UsdMFutures, series.Market);
    }

    [Fact]
    public void IntervalInOptions_ContradictedByTheData_IsAnInvalidArgument()
    {
        using var file = TempFile.WithText("quotes.csv", MinuteRows);
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(file.Path, new CsvReadOptions { Interval = Interval.OneHour }));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("the options name interval 1h, but the candles are 1m apart", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntervalInFileName_ContradictedByTheData_IsInvalidData()
    {
        using var file = TempFile.WithText("BTCUSDT-1h.csv", MinuteRows);
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(file.Path));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("the file name says interval 1h, but the candles are 1m apart", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpacingThatIsNoInterval_SaysSoAndSuggestsTheOption()
    {
        using var file = TempFile.WithText("quotes.csv", "date,open,high,low,close\n2024-01-01,1,2,0.5,1.5\n2024-01-03,1,2,0.5,1.5\n2024-01-05,1,2,0.5,1.5\n");
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(file.Path));
        Assert.Contains("the candles are 2d apart", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DailyEquityDataWithWeekendGaps_IsDaily()
    {
        var series = Read("spy.csv", "date,open,high,low,close\n2024-01-04,1,2,0.5,1.5\n2024-01-05,1,2,0.5,1.5\n2024-01-08,1,2,0.5,1.5\n2024-01-09,1,2,0.5,1.5\n");
        Assert.Equal(Interval.OneDay, series.Interval);
    }

    [Fact]
    public void UnixSeconds_AreReadByMagnitude()
    {
        var series = Read("bars.csv", MinuteRows);
        Assert.Equal(1672531200_000L, series.OpenTimeMs[0]);
        Assert.Equal(Interval.OneMinute, series.Interval);
    }

    [Fact]
    public void SemicolonDelimiterQuotedFieldsAndExtraColumns_AreRead()
    {
        var series = Read("x.csv", "\"Date\";\"Open\";\"High\";\"Low\";\"Close\";\"Adj Close\";\"Volume\"\n\"2024-01-01\"; 1.5 ;\"2\";\"0.5\";\"1.25\";\"9\";\"100\"\n\"2024-01-02\";1;2;0.5;1.5;9;200\n");
        Assert.Equal(1.5, series.Open[0]);
        Assert.Equal(1.25, series.Close[0]);
        Assert.Equal(100, series.Volume[0]);
    }

    [Fact]
    public void HeaderlessSixColumns_AreTimeOhlcVolume()
    {
        var series = Read("BTCUSDT-1h.csv", "1502942400000,4261.48,4313.62,4261.32,4308.83,47.181009\n1502946000000,4308.83,4328.69,4291.37,4315.32,23.234916\n");
        Assert.Equal(2, series.Count);
        Assert.Equal(23.234916, series.Volume[1]);
    }

    [Fact]
    public void VolumeColumn_IsOptional()
    {
        var series = Read("x.csv", "Date,Open,High,Low,Close\n2024-01-01,1,2,0.5,1.5\n2024-01-02,1,2,0.5,1.5\n");
        Assert.Equal(0, series.Volume[0]);
    }
}
