using System.Globalization;
using System.Text.Json;

namespace Backtest.Cli.Tests;

/// <summary><c>backtest bands</c> on the 18-pair daily basket (files) and on the loopback Binance server.</summary>
public sealed class BandsCommandTests : LoopbackCliTest
{
    private static readonly string[] Basket =
        [.. Directory.GetFiles(SharedData.Path("binance/spot/basket"), "*-1d.csv").Order(StringComparer.Ordinal)];

    private static string[] Files(params string[] extra) => ["bands", "--input", .. Basket, .. extra];

    private static List<Dictionary<string, string>> ParseCsv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    private static double D(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    [Fact]
    public async Task Table_ListsEverySymbol_AndExitsZero()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Files());

        Assert.True(code == 0, stderr);
        foreach (string file in Basket) Assert.Contains(Path.GetFileName(file).Split('-')[0], stdout, StringComparison.Ordinal);
        Assert.Contains("0 failed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_OnAMay2021Crash_HasBuysAndSellsThatFollowTheRules()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Files("--end", "2021-05-20", "--format", "csv"));

        Assert.True(code == 0, stderr);
        var rows = ParseCsv(stdout);
        Assert.Equal(18, rows.Count);
        Assert.Contains(rows, r => r["Signal"] == "BUY");
        Assert.Contains(rows, r => r["Signal"] == "SELL");
        foreach (var r in rows)
        {
            double close = D(r, "Close"), lower = D(r, "Lower"), upper = D(r, "Upper"), ret = D(r, "PotentialReturnPct");
            switch (r["Signal"])
            {
                case "BUY": Assert.True(close < lower); Assert.Equal(((upper / lower) - 1) * 100, ret, 9); break;
                case "SELL": Assert.True(close > upper); Assert.Equal(((lower / upper) - 1) * 100, ret, 9); break;
                default: Assert.InRange(close, lower, upper); Assert.Equal(0, ret); break;
            }
            Assert.Equal("2021-05-19T00:00:00Z", r["AsOf"]);
        }
    }

    [Fact]
    public async Task SignalSortAndFirst_KeepTheLargestBuyReturns()
    {
        var (all, _, _) = await CliRun.RunAsync(Files("--end", "2021-05-20", "--format", "csv", "--out", Path.Combine(Dir, "all.csv")));
        var (code, stdout, _) = await CliRun.RunAsync(Files("--end", "2021-05-20", "--signal", "buy", "--sort", "return", "--first", "3", "--format", "csv"));

        Assert.Equal(0, all);
        Assert.Equal(0, code);
        var expected = ParseCsv(File.ReadAllText(Path.Combine(Dir, "all.csv")))
            .Where(r => r["Signal"] == "BUY").OrderByDescending(r => D(r, "PotentialReturnPct")).Take(3).Select(r => r["Symbol"]);
        Assert.Equal(expected, ParseCsv(stdout).Select(r => r["Symbol"]));
    }

    [Fact]
    public async Task Json_CarriesTheParametersAndEverySignal()
    {
        var (code, stdout, _) = await CliRun.RunAsync(Files("--degree", "6", "--kstd", "1.5", "--days", "365", "--format", "json"));

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var p = doc.RootElement.GetProperty("parameters");
        Assert.Equal(6, p.GetProperty("degree").GetInt32());
        Assert.Equal(1.5, p.GetProperty("kStd").GetDouble());
        Assert.Equal(365, p.GetProperty("days").GetInt32());
        var signals = doc.RootElement.GetProperty("signals");
        Assert.Equal(18, signals.GetArrayLength());
        Assert.All(signals.EnumerateArray(), s => Assert.Equal(365, s.GetProperty("bars").GetInt32()));
    }

    [Fact]
    public async Task OutputPath_WritesTheDatedResultsFile()
    {
        string folder = Path.Combine(Dir, "results");

        var (code, _, stderr) = await CliRun.RunAsync(Files("--signal", "buy", "--output-path", folder));

        Assert.Equal(0, code);
        string file = Assert.Single(Directory.GetFiles(folder));
        Assert.Matches(@"band_signals_\d{8}_\d{6}\.json$", file);
        Assert.Contains($"wrote {file}", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(18, doc.RootElement.GetProperty("signals").GetArrayLength());
    }

    [Fact]
    public async Task OneMissingFile_ExitsFourWithTheOthersPrinted()
    {
        string missing = Path.Combine(Dir, "GONEUSDT-1d.csv");

        var (code, stdout, stderr) = await CliRun.RunAsync(Files(missing, "--format", "csv"));

        Assert.Equal(4, code);
        Assert.Contains("error: GONEUSDT-1d.csv:", stderr, StringComparison.Ordinal);
        var rows = ParseCsv(stdout);
        Assert.Equal(19, rows.Count);
        Assert.Equal(18, rows.Count(r => r["Error"].Length == 0));
    }

    [Fact]
    public async Task EveryFileMissing_ExitsOne()
    {
        var (code, _, _) = await CliRun.RunAsync("bands", "--input", Path.Combine(Dir, "A-1d.csv"), Path.Combine(Dir, "B-1d.csv"));

        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("--degree", "11")]
    [InlineData("--degree", "1")]
    [InlineData("--kstd", "0")]
    [InlineData("--days", "0")]
    [InlineData("--throttle-limit", "65")]
    [InlineData("--max-age", "soon")]
    [InlineData("--signal", "maybe")]
    public async Task BadOption_ExitsTwoNamingIt(string option, string value)
    {
        var (code, _, stderr) = await CliRun.RunAsync(Files(option, value));

        Assert.Equal(2, code);
        Assert.True(stderr.Contains(option.TrimStart('-'), StringComparison.Ordinal) || stderr.Contains($"'{value}'", StringComparison.Ordinal), stderr);
    }

    [Fact]
    public async Task MaxAge_OnOldFiles_ExitsThreeAsStale()
    {
        var (code, _, stderr) = await CliRun.RunAsync(Files("--max-age", "2d"));

        Assert.Equal(3, code);
        Assert.Contains("stale", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binance_AsOfAnEndTime_MatchesTheFileScan()
    {
        string[] binance = ["bands", "--source", "binance", "--base-url", Server.BaseUrl.ToString(), "--cache", Path.Combine(Dir, "cache.db"),
            "--symbol", "ETHUSDT,SOLUSDT", "--end", "2022-10-01", "--format", "csv"];
        string[] files = ["bands", "--input", SharedData.Path("binance/spot/basket/ETHUSDT-1d.csv"), SharedData.Path("binance/spot/basket/SOLUSDT-1d.csv"),
            "--end", "2022-10-01", "--format", "csv"];

        var (code, stdout, stderr) = await CliRun.RunAsync(binance);
        var (fileCode, fileOut, _) = await CliRun.RunAsync(files);

        Assert.True(code == 0, stderr);
        Assert.Equal(0, fileCode);
        Assert.Equal(fileOut, stdout);
    }

    [Fact]
    public async Task Binance_WithoutAnEndTime_OnDataThatStopped_ExitsThreeAsStale()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("bands", "--source", "binance", "--base-url", Server.BaseUrl.ToString(),
            "--cache", Path.Combine(Dir, "cache.db"), "--symbol", "BTCUSDT", "--format", "csv");

        Assert.Equal(3, code);
        Assert.Contains("stale", stderr, StringComparison.Ordinal);
        var row = Assert.Single(ParseCsv(stdout));
        Assert.Equal("2026-01-04T00:00:00Z", row["AsOf"]);
    }
}
