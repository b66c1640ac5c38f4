using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Tests.Strategies.Config;

/// <summary>The JSON files read before the YAML schema — BacktestOptions documents and run manifests — still read, now with key checks.</summary>
public sealed class OptionsJsonShapeTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void OptionsDocument_BindsAsTheSerializerReadsIt()
    {
        var config = _files.Read("bt.json", """
            { "strategy": "sma-cross", "parameters": { "fast": "5", "slow": "20" }, "fee": 0.002, "initialCash": 1000,
              "sizing": { "kind": "AllInWhole" }, "slippage": { "kind": "FixedBps", "value": 3 }, "endOfData": "CloseAtLastOpen",
              "stops": { "stopLoss": { "kind": "Percent", "value": 0.02 } }, "portfolio": { "maxPositions": 2 } }
            """);

        Assert.Equal(ConfigShape.OptionsJson, config.Shape);
        var o = config.Options;
        Assert.Equal(new Dictionary<string, string> { ["fast"] = "5", ["slow"] = "20" }, o.Parameters);
        Assert.Equal((0.002, 1000.0, EndOfDataPolicy.CloseAtLastOpen), (o.Fee, o.InitialCash, o.EndOfData));
        Assert.True(o.Sizing.WholeUnits);
        Assert.Equal(new SlippageSpec(SlippageKind.FixedBps, 3), o.Slippage);
        Assert.Equal(StopLevel.Percent(0.02), o.Stops!.StopLoss);
        Assert.Equal(2, o.Portfolio!.MaxPositions);
    }

    [Fact]
    public void Manifest_GivesBackTheOptionsItRecorded()
    {
        var candles = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var options = new BacktestOptions
        {
            Parameters = new Dictionary<string, string> { ["fast"] = "7", ["slow"] = "30", ["direction"] = "long-short" },
            Fee = 0.0015,
            Slippage = SlippageSpec.Parse("atr:0.05"),
            Sizing = SizingSpec.Parse("equity:0.5"),
            Stops = new ProtectiveStops { Trailing = StopLevel.Atr(3) },
            EndOfData = EndOfDataPolicy.CloseAtLastClose,
        };
        var manifest = BacktestRunner.Run(options, candles).GetManifest();
        string path = _files.Write("manifest.json", manifest.ToJson());

        var config = BacktestConfigFile.Read(path);

        Assert.Equal(ConfigShape.Manifest, config.Shape);
        Assert.Equal(manifest.Options with { Parameters = config.Options.Parameters }, config.Options);
        Assert.Equal(manifest.Options.Parameters, config.Options.Parameters);
        Assert.Equal(manifest.ToJson(), (manifest with { Options = config.Options }).ToJson());
    }

    [Theory]
    [InlineData("{ \"fee\": 0.001,\n  \"initalCash\": 5 }", ":2: initalCash: unknown key. Did you mean 'initialCash'?")]
    [InlineData("{ \"fee\": 0.001,\n  \"InitialCash\": 5 }", ":2: InitialCash: unknown key. Did you mean 'initialCash'?")]
    [InlineData("{ \"fee\": 0.001,\n  \"stops\": {\n    \"stopLos\": { \"kind\": \"Percent\", \"value\": 0.02 } } }", ":3: stops.stopLos: unknown key. Did you mean 'stopLoss'?")]
    [InlineData("{ \"fee\": 0.001,\n  \"parameters\": { \"fats\": \"5\" } }", ":2: parameters.fats: sma-cross has no parameter 'fats'. Did you mean 'fast'?")]
    [InlineData("{ \"fee\": 0.001,\n  \"fill\": \"Later\" }", ":2: fill: The JSON value could not be converted to Backtest.Engine.Simulation.FillTiming.")]
    [InlineData("{ \"fee\": \"cheap\" }", ":1: fee: The JSON value could not be converted to System.Double.")]
    [InlineData("{ \"engineVersion\": \"0.1.0\",\n  \"options\": {\n    \"fee\": 0.001,\n    \"endOfDate\": \"Keep\" } }", ":4: options.endOfDate: unknown key. Did you mean 'endOfData'?")]
    public void BadOptionsDocument_NamesLineAndKey(string json, string expected)
    {
        string path = _files.Write("bt.json", json);

        var error = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.True(error.Message.Contains(path + expected, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void BacktestConfigRead_KeepsItsSignatureForOptionsAndYaml()
    {
        string json = _files.Write("bt.json", "{ \"strategy\": \"sma-cross\", \"parameters\": { \"fast\": \"5\" }, \"fee\": 0.002 }");
        string yaml = _files.Write("bt.yaml", "strategy: sma-cross\nparameters: { fast: 5 }\nportfolio: { fee: 0.002 }\n");

        var none = new Dictionary<string, string>();
        Assert.Equal(BacktestConfig.Read(json) with { Parameters = none }, BacktestConfig.Read(yaml) with { Parameters = none });
        Assert.Equal("5", BacktestConfig.Read(yaml).Parameters["fast"]);
        Assert.Equal(0.002, BacktestConfig.Parse("portfolio: { fee: 0.002 }").Fee);
    }
}
