using System.Globalization;
using System.Text.Json;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Reports;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Reports;

/// <summary>The report folder: every file, the exact trades header, values that read back to the same doubles.</summary>
public sealed class BacktestReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"backtest-report-{Guid.NewGuid():N}");

    private static readonly Lazy<BacktestResult> Result = new(() => BacktestRunner.Run(
        new BacktestOptions { Parameters = new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" } },
        CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"))));

    [Fact]
    public void Write_CreatesEveryFileAndNothingElse()
    {
        var written = BacktestReportWriter.Write(Result.Value, _dir);
        Assert.Equal(BacktestReportWriter.FileNames.Select(n => Path.Combine(_dir, n)), written);
        Assert.Equal(BacktestReportWriter.FileNames.Order(), Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void TradesCsv_HasTheExactColumnsAndOneRowPerTrade()
    {
        BacktestReportWriter.Write(Result.Value, _dir);
        var lines = File.ReadAllLines(Path.Combine(_dir, "trades.csv"));
        Assert.Equal("entry_time,exit_time,side,quantity,entry_price,exit_price,pnl,return_pct,fees,symbol,exit_reason,entry_tag", lines[0]);
        var trades = Result.Value.GetTrades();
        Assert.Equal(trades.Count + 1, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(trades[0].EntryTime, DateTime.Parse(first[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        Assert.Equal("long", first[2]);
        Assert.Equal(trades[0].Quantity, double.Parse(first[3], CultureInfo.InvariantCulture));
        Assert.Equal(trades[0].Pnl, double.Parse(first[6], CultureInfo.InvariantCulture));
        Assert.Equal(trades[0].ReturnPct, double.Parse(first[7], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ResultJson_HoldsEveryMetricTradesAndFinalEquity()
    {
        BacktestReportWriter.Write(Result.Value, _dir);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "result.json")));
        var root = doc.RootElement;
        Assert.Equal(Result.Value.Trades, root.GetProperty("trades").GetInt32());
        Assert.Equal(Result.Value.FinalEquity, root.GetProperty("final_equity").GetDouble());
        foreach (var name in ResultFields.Names) Assert.True(root.TryGetProperty(name, out _), $"result.json lacks {name}");
    }

    [Fact]
    public void EquityAndMetrics_ReadBackExactly()
    {
        BacktestReportWriter.Write(Result.Value, _dir);
        var equity = File.ReadAllLines(Path.Combine(_dir, "equity.csv"));
        Assert.Equal("time,equity,drawdown_pct", equity[0]);
        var curve = Result.Value.GetSimulation().Equity;
        Assert.Equal(curve.Length + 1, equity.Length);
        Assert.Equal(curve[^1], double.Parse(equity[^1].Split(',')[1], CultureInfo.InvariantCulture));
        var monthly = File.ReadAllLines(Path.Combine(_dir, "monthly_returns.csv"));
        Assert.Equal("year,month,return_pct", monthly[0]);
        var months = Result.Value.GetMonthlyReturns();
        Assert.Equal(months.Count + 1, monthly.Length);
        Assert.Equal($"{months[^1].Year},{months[^1].Month},{months[^1].ReturnPct.ToString("R", CultureInfo.InvariantCulture)}", monthly[^1]);
        var metrics = File.ReadAllLines(Path.Combine(_dir, "performance_metrics.csv"));
        Assert.Equal("metric,value", metrics[0]);
        Assert.Contains($"final_equity,{Result.Value.FinalEquity.ToString("R", CultureInfo.InvariantCulture)}", metrics);
        var manifest = RunManifest.Read(Path.Combine(_dir, "manifest.json"));
        Assert.Equal(Result.Value.DataSha256, manifest.Data.Sha256);
    }

    [Fact]
    public void Rewrite_ReplacesFilesWholeAndLeavesNoTemporaries()
    {
        BacktestReportWriter.Write(Result.Value, _dir);
        BacktestReportWriter.Write(Result.Value, _dir);
        Assert.Equal(BacktestReportWriter.FileNames.Count, Directory.GetFiles(_dir).Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
