using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>A run manifest re-runs to the same result, bit for bit, and refuses different candles.</summary>
public class RunManifestTests
{
    private static readonly BacktestOptions Options = new()
    {
        Parameters = new Dictionary<string, string> { ["fast"] = "8", ["slow"] = "30", ["direction"] = "long-short", ["stop_loss"] = "0.03", ["take_profit"] = "0.06" },
        Fee = 0.00075,
        Slippage = SlippageSpec.Parse("2bps"),
        Stops = new ProtectiveStops { Trailing = StopLevel.Atr(3) },
        Seed = 42,
    };

    private static CandleQuery Query => new()
    {
        Source = CandleSourceKind.Csv,
        Paths = [SharedData.Path("binance/spot/BTCUSDT-4h.csv.gz")],
    };

    [Fact]
    public async Task Replay_OfAManifestReadFromJson_ReproducesTheResultBitForBit()
    {
        var original = Assert.Single(await ToListAsync(BacktestRunner.RunAsync(Options, Query)));
        Assert.True(original.Trades > 50);
        string json = original.GetManifest().ToJson();
        var manifest = RunManifest.FromJson(json);
        Assert.Equal(json, manifest.ToJson());

        var replayed = await BacktestRunner.ReplayAsync(manifest);
        Assert.True(original.GetSimulation().Equity.SequenceEqual(replayed.GetSimulation().Equity), "equity differs");
        Assert.Equal(original.GetTrades(), replayed.GetTrades());
        Assert.Equal(BitConverter.DoubleToInt64Bits(original.FinalEquity), BitConverter.DoubleToInt64Bits(replayed.FinalEquity));
        Assert.Equal(original, replayed, new ScalarComparer());
    }

    [Fact]
    public void Manifest_RecordsResolvedParametersOptionsAndTheCandlesHash()
    {
        var candles = Engine.Data.Csv.CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var manifest = BacktestRunner.Run(Options, candles).GetManifest();
        Assert.Equal("sma-cross", manifest.Strategy);
        Assert.Equal(["fast", "slow", "direction", "stop_loss", "take_profit"], manifest.Parameters.Keys);
        Assert.Equal("30", manifest.Parameters["slow"]);
        Assert.Equal(42, manifest.Seed);
        Assert.Equal(0.00075, manifest.Options.Fee);
        Assert.Equal(CandleFingerprint.Sha256(candles), manifest.Data.Sha256);
        Assert.Equal(64, manifest.Data.Sha256.Length);
        Assert.Null(manifest.Source);
        Assert.Equal(RunManifest.CurrentEngineVersion, manifest.EngineVersion);
    }

    [Fact]
    public async Task Replay_OnDifferentCandles_IsRefused()
    {
        var candles = Engine.Data.Csv.CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var manifest = BacktestRunner.Run(Options, candles).GetManifest();
        var shorter = candles.SliceByIndex(0, candles.Count - 1);
        var error = await Assert.ThrowsAsync<BacktestException>(() => BacktestRunner.ReplayAsync(manifest, shorter));
        Assert.Equal(ErrorKind.InvalidData, error.Kind);
        var same = await BacktestRunner.ReplayAsync(manifest, candles);
        Assert.Equal(BacktestRunner.Run(Options, candles).FinalEquity, same.FinalEquity);
    }

    [Fact]
    public void Fingerprint_ChangesWithAnyPrice()
    {
        var candles = Engine.Data.Csv.CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var builder = new CandleSeriesBuilder(candles.Count);
        for (int i = 0; i < candles.Count; i++)
        {
            builder.Add(candles.OpenTimeMs[i], candles.Open[i], candles.High[i], candles.Low[i], i == 1000 ? Math.BitIncrement(candles.Close[i]) : candles.Close[i], candles.Volume[i]);
        }
        var changed = builder.Build(candles.Symbol, candles.Market, candles.Interval, candles.Source);
        Assert.NotEqual(CandleFingerprint.Sha256(candles), CandleFingerprint.Sha256(changed));
        Assert.Equal(CandleFingerprint.Sha256(candles), CandleFingerprint.Sha256(candles.With(symbol: "OTHER")));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    /// <summary>Compares the flat (Export-Csv) fields of two results.</summary>
    private sealed class ScalarComparer : IEqualityComparer<BacktestResult>
    {
        public bool Equals(BacktestResult? x, BacktestResult? y) =>
            x is not null && y is not null && Engine.Reports.ResultFields.Values(x).SequenceEqual(Engine.Reports.ResultFields.Values(y));

        public int GetHashCode(BacktestResult obj) => 0;
    }
}
