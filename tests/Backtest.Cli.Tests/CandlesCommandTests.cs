using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Sample;

namespace Backtest.Cli.Tests;

public sealed class CandlesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("backtest-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task SampleCsv_RoundTripsThroughTheCsvReaderExactly()
    {
        string file = Path.Combine(_dir, "ETHUSDT-1h-2024-03.csv");
        var (code, _, stderr) = await CliRun.RunAsync("candles", "-s", "ETHUSDT", "-i", "1h", "--start", "2024-03-01", "--end", "2024-03-08", "--format", "csv", "--out", file);

        Assert.Equal(0, code);
        Assert.Contains("SYNTHETIC", stderr, StringComparison.Ordinal);
        var back = CsvCandleReader.Read(file);
        var expected = new SampleCandleSource().Generate(new CandleRequest("ETHUSDT", Interval.OneHour, Market.Spot,
            new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 8, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(7 * 24, back.Count);
        Assert.Equal(expected.OpenTimeMs.ToArray(), back.OpenTimeMs.ToArray());
        Assert.Equal(expected.Close.ToArray(), back.Close.ToArray());
        Assert.Equal(expected.QuoteVolume.ToArray(), back.QuoteVolume.ToArray());
        Assert.Equal(expected.Trades.ToArray(), back.Trades.ToArray());
        Assert.Equal("ETHUSDT", back.Symbol);
    }

    [Fact]
    public async Task Json_HasOneObjectPerSymbolMarkedSynthetic()
    {
        var (code, stdout, _) = await CliRun.RunAsync("candles", "--symbol", "BTCUSDT,SOLUSDT", "--interval", "1d", "--start", "2024-01-01", "--end", "2024-01-11", "--format", "json");

        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        foreach (var set in doc.RootElement.EnumerateArray())
        {
            Assert.True(set.GetProperty("synthetic").GetBoolean());
            Assert.Equal(10, set.GetProperty("candles").GetArrayLength());
        }
    }

    [Fact]
    public async Task Table_ShowsTheTailAndSaysSynthetic()
    {
        var (code, stdout, _) = await CliRun.RunAsync("candles", "--symbol", "BTCUSDT", "--interval", "4h", "--start", "2024-01-01", "--end", "2024-01-03", "--tail", "2");

        Assert.Equal(0, code);
        Assert.Contains("SYNTHETIC", stdout, StringComparison.Ordinal);
        Assert.Contains("2024-01-02 20:00", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-01-02 12:00", stdout, StringComparison.Ordinal);
        Assert.Contains("10 earlier candles not shown", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("candles", "--symbol", "BTCUSDT", "--interval", "7m")]
    [InlineData("candles", "--symbol", "BTCUSDT", "--format", "xml")]
    [InlineData("candles", "--interval", "1h")]
    [InlineData("candles", "--symbol", "BTCUSDT", "--start", "yesterday-ish")]
    [InlineData("candles", "--symbol", "BTCUSDT", "--top", "0")]
    [InlineData("candels")]
    public async Task BadCommandLine_ExitsTwoAndPointsToHelp(params string[] args)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsOneNamingTheFile()
    {
        string missing = Path.Combine(_dir, "nope-1h.csv");
        var (code, _, stderr) = await CliRun.RunAsync("candles", "--input", missing);

        Assert.Equal(1, code);
        Assert.Contains("nope-1h.csv", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-01", "2024-01-01")]
    [InlineData("2024-01-01", "2024-01-01")]
    public async Task EmptyRange_ExitsOneSayingTheRangeIsEmpty(string start, string end)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("candles", "--symbol", "BTCUSDT", "--start", start, "--end", end);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("range is empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSampleSymbol_ExitsOneListingTheSymbols()
    {
        var (code, _, stderr) = await CliRun.RunAsync("candles", "--symbol", "FOOUSDT");

        Assert.Equal(1, code);
        Assert.Contains("FOOUSDT", stderr, StringComparison.Ordinal);
        Assert.Contains("BTCUSDT", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailPolicy_OnDuplicateRows_ExitsThreeAndWritesNothing()
    {
        string input = Path.Combine(_dir, "BTCUSDT-1h.csv");
        File.WriteAllText(input, "open_time,open,high,low,close,volume\n" +
            "1704067200000,1,2,0.5,1.5,10\n1704070800000,1.5,2,1,1.2,5\n1704070800000,1.5,2,1,1.2,5\n1704074400000,1.2,1.3,1.1,1.25,7\n");
        string output = Path.Combine(_dir, "out.csv");

        var (code, _, stderr) = await CliRun.RunAsync("candles", "--input", input, "--quality-policy", "fail", "--format", "csv", "--out", output);

        Assert.Equal(3, code);
        Assert.Contains("BTCUSDT", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task RepairPolicy_OnDuplicateRows_DropsTheDuplicate()
    {
        string input = Path.Combine(_dir, "BTCUSDT-1h.csv");
        File.WriteAllText(input, "open_time,open,high,low,close,volume\n" +
            "1704067200000,1,2,0.5,1.5,10\n1704070800000,1.5,2,1,1.2,5\n1704070800000,1.5,2,1,1.2,5\n1704074400000,1.2,1.3,1.1,1.25,7\n");

        var (code, stdout, _) = await CliRun.RunAsync("candles", "--input", input, "--quality-policy", "repair", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(1 + 3, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
