using System.Globalization;
using System.Text.Json;

namespace Backtest.Cli.Tests;

/// <summary><c>backtest run</c>: the W1 reference through the command line, report files, every documented flag, and bad input.</summary>
public sealed class RunCommandTests : IDisposable
{
    private static readonly string W1File = Path.Combine(SharedData.RepositoryRoot, "..", "shared", "bench", "bars_1m.csv.gz");
    private static readonly string Daily = SharedData.Path("binance/spot/BTCUSDT-1d.csv");
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task W1_PrintsTheReferenceTradesAndFinalEquity()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--input", W1File, "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=50", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(13_872, json.RootElement.GetProperty("trades").GetInt32());
        double final = json.RootElement.GetProperty("final_equity").GetDouble();
        Assert.True(Math.Abs(final - 5.915975315684818e-09) <= 1e-9 * 5.915975315684818e-09, final.ToString("R", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Out_WritesEveryReportFile()
    {
        string dir = Path.Combine(_temp.Path, "report");
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--input", Daily, "--param", "fast=5", "--param", "slow=20", "--out", dir);
        Assert.True(code == 0, stderr);
        Assert.Contains("sharpe_ratio", stdout, StringComparison.Ordinal);
        Assert.Equal(["equity.csv", "manifest.json", "monthly_returns.csv", "performance_metrics.csv", "result.json", "trades.csv"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("entry_time,exit_time,side,quantity,entry_price,exit_price,pnl,return_pct,fees,symbol,exit_reason,entry_tag", File.ReadLines(Path.Combine(dir, "trades.csv")).First());
    }

    [Fact]
    public async Task Flags_ReachTheEngine()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--input", Daily, "--param", "fast=5", "--param", "slow=20", "--direction", "long-short",
            "--cash", "2500", "--fee", "0.002", "--sizing", "fixed", "--quantity", "0.01", "--fill", "close", "--end", "close", "--format", "json");
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("fast=5;slow=20;direction=long-short", root.GetProperty("parameters").GetString());
        Assert.Equal(2500, root.GetProperty("initial_cash").GetDouble());
        Assert.Equal(root.GetProperty("trades").GetInt32(), root.GetProperty("closed_trades").GetInt32());   // --end close: nothing left open

        string dir = Path.Combine(_temp.Path, "whole");
        (code, _, stderr) = await CliRun.RunAsync("run", "--input", Daily, "--sizing", "all-in-whole", "--out", dir);
        Assert.True(code == 0, stderr);
        var quantities = File.ReadLines(Path.Combine(dir, "trades.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture));
        Assert.All(quantities, q => Assert.Equal(Math.Floor(q), q));
    }

    [Theory]
    [InlineData("fast ", "--param", "fast=60", "--param", "slow=50")]
    [InlineData("cash", "--cash", "-5")]
    [InlineData("fee", "--fee", "-0.1")]
    [InlineData("Did you mean 'sma-cross'?", "--strategy", "sma-crss")]
    [InlineData("Did you mean 'slow'?", "--param", "slwo=10")]
    public async Task BadOption_ExitsOneNamingItAndWritesNothing(string named, params string[] flags)
    {
        string dir = Path.Combine(_temp.Path, "never");
        var (code, stdout, stderr) = await CliRun.RunAsync(["run", "--input", Daily, "--out", dir, .. flags]);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData(0, "at least 2 candles")]
    [InlineData(1, "at least 2 candles")]
    public async Task TooFewCandles_ExitOne(int rows, string message)
    {
        string file = _temp.File("SHORTUSDT-1d.csv");
        File.WriteAllLines(file, File.ReadLines(Daily).Take(rows + 1));
        var (code, _, stderr) = await CliRun.RunAsync("run", "--input", file);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NaNPrice_ExitsOneNamingTheRow()
    {
        string file = _temp.File("NANUSDT-1d.csv");
        var lines = File.ReadLines(Daily).Take(100).ToList();
        var cells = lines[43].Split(',');
        cells[4] = "NaN";
        lines[43] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
        string dir = Path.Combine(_temp.Path, "never");
        var (code, _, stderr) = await CliRun.RunAsync("run", "--input", file, "--out", dir);
        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains("candle 42 (row 43", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Theory]
    [InlineData("--sizing", "fixed")]
    [InlineData("--quantity", "2")]
    [InlineData("--param", "fast")]
    [InlineData("--end", "2024-01-01")]
    public async Task MalformedCommandLine_ExitsTwo(params string[] flags)
    {
        var (code, _, stderr) = await CliRun.RunAsync(["run", "--input", Daily, .. flags]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCandles_IsAUsageError()
    {
        var (code, _, stderr) = await CliRun.RunAsync("run", "--strategy", "sma-cross");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--input FILE, or --symbol", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralSymbolsPerSymbol_GetOneFolderEach()
    {
        string dir = Path.Combine(_temp.Path, "batch");
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--symbol", "BTCUSDT,ETHUSDT", "--per-symbol", "--interval", "4h", "--out", dir, "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Equal(2, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
        Assert.True(File.Exists(Path.Combine(dir, "BTCUSDT-4h", "result.json")));
        Assert.True(File.Exists(Path.Combine(dir, "ETHUSDT-4h", "trades.csv")));
        Assert.Contains("SYNTHETIC", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralSymbols_AreOnePortfolio_WithAFolderPerSymbolInside()
    {
        string dir = Path.Combine(_temp.Path, "portfolio");
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--symbol", "BTCUSDT,ETHUSDT,BNBUSDT", "--interval", "4h", "--max-positions", "2",
            "--out", dir, "--format", "json");
        Assert.True(code == 0, stderr);
        var result = JsonDocument.Parse(stdout).RootElement;   // one result: an object
        Assert.Equal("BTCUSDT,ETHUSDT,BNBUSDT", result.GetProperty("symbol").GetString());
        Assert.Equal(3, result.GetProperty("symbol_count").GetInt32());
        Assert.True(File.Exists(Path.Combine(dir, "manifest.json")));
        foreach (var symbol in (string[])["BTCUSDT", "ETHUSDT", "BNBUSDT"]) Assert.True(File.Exists(Path.Combine(dir, $"{symbol}-4h", "trades.csv")), symbol);
    }

    [Fact]
    public async Task FuturesFlags_RunAFuturesBacktestWithFundingFromTheFile()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--input", SharedData.Path("binance/futures_um/BTCUSDT-4h.csv.gz"), "--leverage", "3",
            "--funding", SharedData.Path("binance/futures_um/BTCUSDT-funding.csv"), "--format", "json");
        Assert.True(code == 0, stderr);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.NotEqual(0, result.GetProperty("funding_paid").GetDouble());
    }

    public void Dispose() => _temp.Dispose();
}
