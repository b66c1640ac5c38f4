using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;

namespace Backtest.Cli.Tests;

/// <summary>The CLI against the loopback Binance-compatible server: real HTTP, real cache file.</summary>
public sealed class BinanceCandlesTests : LoopbackCliTest
{
    private string[] Args(params string[] extra) =>
        ["candles", "--source", "binance", "--base-url", Server.BaseUrl.ToString(), "--cache", Path.Combine(Dir, "cache.db"), .. extra];

    [Fact]
    public async Task Download_EqualsTheFile_AndTheSecondRunReadsOnlyTheCache()
    {
        string first = Path.Combine(Dir, "first.csv"), second = Path.Combine(Dir, "second.csv");
        var range = new[] { "--symbol", "BTCUSDT", "--interval", "1h", "--start", "2020-01-01", "--end", "2020-03-01", "--format", "csv" };

        var (code1, _, err1) = await CliRun.RunAsync(Args([.. range, "--out", first]));
        int klines = Server.Arrived("/api/v3/klines");
        var (code2, _, _) = await CliRun.RunAsync(Args([.. range, "--out", second]));

        Assert.True(code1 == 0, err1);
        Assert.Equal(0, code2);
        Assert.True(klines >= 2, $"expected a multi-page download, saw {klines} kline requests");
        Assert.Equal(klines, Server.Arrived("/api/v3/klines"));
        var file = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"))
            .Slice(CandleSeries.ToEpochMs(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)), CandleSeries.ToEpochMs(new DateTime(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
        var downloaded = CsvCandleReader.Read(first);
        Assert.Equal(file.OpenTimeMs.ToArray(), downloaded.OpenTimeMs.ToArray());
        Assert.Equal(file.Open.ToArray(), downloaded.Open.ToArray());
        Assert.Equal(file.Close.ToArray(), downloaded.Close.ToArray());
        Assert.Equal(file.Volume.ToArray(), downloaded.Volume.ToArray());
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public async Task UnknownSymbol_ExitsOneWithDidYouMean()
    {
        var (code, _, stderr) = await CliRun.RunAsync(Args("--symbol", "BTCUSDX", "--start", "2020-01-01", "--end", "2020-01-02"));

        Assert.Equal(1, code);
        Assert.Contains("BTCUSDT", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_LoadsTheLargestQuoteVolumeSymbolsFirst()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Args("--top", "1", "--interval", "1d", "--start", "2021-01-01", "--end", "2021-01-11", "--format", "json"));

        Assert.True(code == 0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(1, doc.RootElement.GetArrayLength());
        Assert.False(doc.RootElement[0].GetProperty("synthetic").GetBoolean());
    }
}
