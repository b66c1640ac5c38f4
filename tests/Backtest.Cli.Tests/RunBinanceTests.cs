using System.Text.Json;

namespace Backtest.Cli.Tests;

/// <summary><c>backtest run --source binance</c> over the loopback exchange (real candles from shared/data), through the cache.</summary>
public sealed class RunBinanceTests : LoopbackCliTest
{
    [Fact]
    public async Task BinanceSymbols_AreDownloadedCachedAndBacktestedOneEach()
    {
        string[] args = ["run", "--symbol", "BTCUSDT,ETHUSDT", "--per-symbol", "--interval", "1d", "--source", "binance", "--param", "fast=10", "--param", "slow=30",
            "--format", "json", "--base-url", Server.BaseUrl.ToString(), "--cache", Path.Combine(Dir, "cache.db")];
        var (code, stdout, stderr) = await CliRun.RunAsync(args);
        Assert.True(code == 0, stderr);
        var results = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["BTCUSDT", "ETHUSDT"], results.EnumerateArray().Select(r => r.GetProperty("symbol").GetString()));
        Assert.All(results.EnumerateArray(), r => Assert.True(r.GetProperty("bars").GetInt32() > 1000));
        Assert.All(results.EnumerateArray(), r => Assert.False(r.GetProperty("is_synthetic").GetBoolean()));

        var (again, repeat, _) = await CliRun.RunAsync(args);
        Assert.Equal(0, again);
        Assert.Equal(stdout, repeat);   // the cached candles give the same results
    }

    [Fact]
    public async Task FuturesCandles_PayFundingFromTheExchangesHistory()
    {
        // USD-M candles make a futures backtest; with no --funding the rates come from /fapi/v1/fundingRate.
        string[] args = ["run", "--symbol", "BTCUSDT", "--interval", "4h", "--source", "binance-futures",
            "--strategy", "dma-atr-trend", "--leverage", "2", "--format", "json", "--base-url", Server.BaseUrl.ToString(), "--cache", Path.Combine(Dir, "futures.db")];
        var (code, stdout, stderr) = await CliRun.RunAsync(args);
        Assert.True(code == 0, stderr);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.True(result.GetProperty("trades").GetInt32() > 0);
        Assert.NotEqual(0, result.GetProperty("funding_paid").GetDouble());
        Assert.Contains(Server.Requests, r => r.Path == "/fapi/v1/fundingRate");
    }
}
