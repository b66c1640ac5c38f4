using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Tests.Strategies.Config;

/// <summary>The two seed projects' layouts, read as they are: indicator blocks (YAML) and strategy class (JSON).</summary>
public sealed class SeedShapeTests : IDisposable
{
    // The first seed's YAML: strategy parameters as indicator blocks, stops under risk_management.
    private const string IndicatorBlocks = """
        # moving-average crossover
        indicators:
          sma_short:
            period: 10
          sma_long:
            period: 30
        risk_management:
          stop_loss: 0.03
          take_profit: 0.06
        """;

    // The fifth seed's JSON, with a class name the alias table maps onto sma-cross (catalogued in every build).
    private const string StrategyClassSma = """
        {
          "strategy_name": "Moving average crossover",
          "strategy_class": "SmaCrossStrategy",
          "technical_parameters": { "short_period": 8, "long_period": 34 },
          "risk_management": { "stop_loss": 0.02, "take_profit": 0.05 },
          "portfolio_parameters": { "init_cash": 50000, "fees": 0.00075, "slippage": 0.0005 },
          "optimization_ranges": { "short_period": { "min": 5, "max": 15, "step": 5 }, "long_period": [20, 34, 55] }
        }
        """;

    private const string StrategyClassDma = """
        {
          "strategy_name": "DMA ATR trend",
          "strategy_class": "DualMovingAverageATR",
          "technical_parameters": { "short_ma": 20, "long_period": 50, "trend_period": 200, "ma_type": "EMA",
                                    "atr_period": 14, "atr_multiplier": 2.0, "take_profit_atr": 4.0 },
          "risk_management": { "stop_loss": 0.05 },
          "portfolio_parameters": { "init_cash": 10000, "fees": 0.001, "slippage": 0.001 },
          "optimization_ranges": { "short_ma": { "min": 10, "max": 30, "step": 5 }, "stop_loss_atr": [1.5, 2.0, 2.5] }
        }
        """;

    private readonly ConfigFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void IndicatorBlocks_MapOntoSmaCross()
    {
        var config = _files.Read("seed000.yaml", IndicatorBlocks);

        Assert.Equal(ConfigShape.IndicatorBlocks, config.Shape);
        Assert.Equal(new BacktestOptions() with
        {
            Parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30" },
            Stops = ProtectiveStops.Percent(0.03, 0.06),
        }, config.Options with { Parameters = new Dictionary<string, string>(config.Options.Parameters) },
        new OptionsComparer());
    }

    [Fact]
    public void IndicatorBlocks_UnknownBlock_NamesItsPathAndTheParameters()
    {
        var error = Assert.Throws<Errors.BacktestException>(() => _files.Read("seed000.yaml", IndicatorBlocks.Replace("sma_long", "sma_lnog", StringComparison.Ordinal)));

        Assert.StartsWith("seed000.yaml:", Path.GetFileName(error.Message.Split(' ')[0]), StringComparison.Ordinal);
        Assert.Contains(":6: indicators.sma_lnog.period: sma-cross has no parameter 'sma_lnog'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("sma-cross(fast=10, slow=50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrategyClass_MapsNamesPortfolioAndRanges()
    {
        var config = _files.Read("seed004.json", StrategyClassSma);

        Assert.Equal(ConfigShape.StrategyClass, config.Shape);
        var o = config.Options;
        Assert.Equal("sma-cross", o.Strategy);
        Assert.Equal(new Dictionary<string, string> { ["fast"] = "8", ["slow"] = "34" }, o.Parameters);
        Assert.Equal(ProtectiveStops.Percent(0.02, 0.05), o.Stops);
        Assert.Equal(50_000, o.InitialCash);
        Assert.Equal(0.00075, o.Fee);
        Assert.Equal(new SlippageSpec(SlippageKind.FixedBps, 5), o.Slippage);   // a fraction of the price: 0.0005 = 5 bps
        Assert.Equal(["fast", "slow"], config.Optimization.Select(r => r.Name));
        Assert.Equal(["5", "10", "15"], config.Optimization[0].Expand());
        Assert.Equal(["20", "34", "55"], config.Optimization[1].Expand());
    }

    [Fact]
    public void StrategyClass_DualMovingAverageAtr_MapsOntoDmaAtrTrendNames()
    {
        // Bound without the catalog checks, so the mapping is proven whether or not dma-atr-trend is in this build.
        var draft = ConfigReader.Bind(StrategyClassDma, "seed004.json", _files.Folder, ConfigFormat.Json);

        Assert.Equal("dma-atr-trend", draft.Options.Strategy);
        Assert.Equal(["short_window", "long_window", "trend_window", "ma_type", "atr_period", "sl_atr_multiplier", "tp_atr_multiplier"],
            draft.Parameters.Select(p => p.Name));
        Assert.Equal("technical_parameters.short_ma", draft.Parameters[0].Path);
        Assert.Equal(["short_window", "sl_atr_multiplier"], draft.Optimization.Select(r => r.Range.Name));
        Assert.Equal(new SlippageSpec(SlippageKind.FixedBps, 10), draft.Options.Slippage);
        Assert.Equal(ProtectiveStops.Percent(0.05, null), draft.Options.Stops);
    }

    [Fact]
    public void StrategyClass_WhenDmaAtrTrendIsCatalogued_LoadsWhole()
    {
        string path = _files.Write("seed004.json", StrategyClassDma);
        if (!StrategyCatalog.TryFind("dma-atr-trend", out _))
        {
            var error = Assert.Throws<Errors.BacktestException>(() => BacktestConfigFile.Read(path));
            Assert.Contains(":3: strategy_class: got 'dma-atr-trend'; expected a catalogued strategy", error.Message, StringComparison.Ordinal);
            return;
        }

        var config = BacktestConfigFile.Read(path);

        Assert.Equal("ema", config.Options.Parameters["ma_type"]);
        Assert.Equal("2", config.Options.Parameters["sl_atr_multiplier"]);
    }

    [Theory]
    [InlineData("DualMovingAverageATR", "dma-atr-trend")]
    [InlineData("DualMovingAverageATRStrategy", "dma-atr-trend")]
    [InlineData("dma_atr_trend", "dma-atr-trend")]
    [InlineData("SMACrossover", "sma-cross")]
    [InlineData("sma-cross", "sma-cross")]
    [InlineData("PolynomialBandReversion", "band-reversion")]
    [InlineData("RSIEMAMACDStrategy", "rsi-ema-macd")]
    [InlineData("My own strategy", null)]
    public void StrategyNames_MapThroughTheTable(string name, string? expected)
    {
        Assert.Equal(expected, ParameterAliases.Strategy(name));
    }

    [Fact]
    public void StrategyClass_NeitherNameKnown_NamesTheClassAndTheCatalog()
    {
        var error = Assert.Throws<Errors.BacktestException>(() => _files.Read("seed004.json",
            "{ \"strategy_name\": \"Mine\",\n  \"strategy_class\": \"MyStrategy\" }"));

        Assert.Contains("seed004.json:2: strategy_class: got 'MyStrategy'; expected a catalogued strategy (sma-cross", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrategyClass_AliasAndItsTargetBoth_AreADuplicate()
    {
        var error = Assert.Throws<Errors.BacktestException>(() => _files.Read("seed004.json",
            "{ \"strategy_class\": \"SmaCross\",\n  \"technical_parameters\": { \"fast\": 5,\n \"short_period\": 8 } }"));

        Assert.Contains("seed004.json:3: technical_parameters.short_period: names the parameter 'fast' again (first as technical_parameters.fast at line 2)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>BacktestOptions equality with the parameter dictionaries compared by content.</summary>
    private sealed class OptionsComparer : IEqualityComparer<BacktestOptions>
    {
        public bool Equals(BacktestOptions? x, BacktestOptions? y) =>
            x is not null && y is not null && x.Parameters.OrderBy(p => p.Key).SequenceEqual(y.Parameters.OrderBy(p => p.Key))
            && x with { Parameters = y.Parameters } == y;

        public int GetHashCode(BacktestOptions obj) => obj.Strategy.GetHashCode(StringComparison.Ordinal);
    }
}
