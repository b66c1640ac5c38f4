using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;
using Backtest.Engine.Signals.Bands;
using Backtest.Engine.Tests.Data.Binance;

namespace Backtest.Engine.Tests.Signals.Bands;

/// <summary>Band scans against the loopback Binance-compatible server: real HTTP, a real cache file.</summary>
public sealed class BandScanBinanceTests : FakeBinanceServerTest, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("backtest-bands-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private BandScanOptions Options(params string[] symbols) => new()
    {
        Symbols = symbols,
        Source = CandleSourceKind.Binance,
        EndTime = new DateTime(2022, 10, 1, 0, 0, 0, DateTimeKind.Utc),
        Days = 365,
        CachePath = Path.Combine(_dir, "cache.db"),
        Binance = new BinanceClientOptions { SpotBaseUrl = Server.BaseUrl, FuturesBaseUrl = Server.BaseUrl },
    };

    [Fact]
    public async Task UnknownSymbol_FailsAlone_AndTheOthersMatchTheirFiles()
    {
        var results = await BandScan.RunAllAsync(Options("BTCUSDT", "BTCUSDX", "ETHUSDT"));

        Assert.Equal(["BTCUSDT", "BTCUSDX", "ETHUSDT"], results.Select(r => r.Signal.Symbol));
        Assert.Equal(ErrorKind.UnknownSymbol, results[1].Failure?.Kind);
        foreach (var r in new[] { results[0], results[2] })
        {
            Assert.False(r.Failed);
            Assert.Equal(365, r.Signal.Bars);
            Assert.Equal(new DateTime(2022, 9, 30, 0, 0, 0, DateTimeKind.Utc), r.Signal.AsOf);
            var file = Backtest.Engine.Data.Csv.CsvCandleReader.Read(SharedData.Path($"binance/spot/{(r.Signal.Symbol == "BTCUSDT" ? "" : "basket/")}{r.Signal.Symbol}-1d.csv"));
            var closes = file.Slice(CandleSeries.ToEpochMs(new DateTime(2021, 10, 1, 0, 0, 0, DateTimeKind.Utc)), CandleSeries.ToEpochMs(r.Signal.EndTime!.Value)).Close.ToArray();
            Assert.Equal(closes[^1], r.Signal.Close);
            Assert.Equal(PolynomialFit.Fit(closes, 4).Fitted[^1], r.Signal.Fit, 6);
        }
    }

    [Fact]
    public async Task SecondScan_ReadsOnlyTheCache()
    {
        await BandScan.RunAllAsync(Options("BTCUSDT", "ETHUSDT"));
        int klines = Server.Arrived("/api/v3/klines");

        var again = await BandScan.RunAllAsync(Options("BTCUSDT", "ETHUSDT"));

        Assert.True(klines > 0);
        Assert.Equal(klines, Server.Arrived("/api/v3/klines"));
        Assert.All(again, r => Assert.Null(r.Signal.Error));
    }

    [Fact]
    public async Task Top_ScansTheLargestQuoteVolumeSymbols()
    {
        var results = await BandScan.RunAllAsync(Options() with { Top = 5 });

        Assert.Equal(5, results.Count);
        Assert.Equal(results.Count, results.Select(r => r.Signal.Symbol).Distinct().Count());
    }
}
