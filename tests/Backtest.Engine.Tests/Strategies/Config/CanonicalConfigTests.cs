using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Tests.Strategies.Config;

/// <summary>The canonical schema: every section onto BacktestOptions and CandleQuery, YAML and JSON alike, and the examples.</summary>
public sealed class CanonicalConfigTests : IDisposable
{
    private const string Full = """
        strategy: SmaCross
        description: every section
        parameters:
          fast: 12
          slow: "40"
          direction: Long-Short
        risk_management:
          stop_loss: 0.02
          take_profit: 4.5%
          trailing_stop: 2.5atr
          atr_period: 21
        portfolio:
          initial_cash: 2500
          fee: 0.0004
          maker_fee: 0.0002
          fixed_fee: 0.5
          slippage: atr:0.1
          sizing: equity:0.5
          quantity_step: 0.001
          min_notional: 5
          max_positions: 3
          max_symbol_exposure: 0.4
          max_total_exposure: 1.2
        futures:
          leverage: 3
          margin_mode: cross
          liquidation_fee: 0.01
          funding: false
          brackets:
            - { notional_floor: 0, maintenance_margin_rate: 0.004, max_leverage: 125 }
            - { notional_floor: 50000, maintenance_margin_rate: 0.005, max_leverage: 100 }
        execution:
          fill: close
          end_of_data: open
          intrabar: optimistic
          seed: 7
        data:
          source: binance-futures
          symbols: [btcusdt, ETHUSDT]
          interval: 4h
          start: 2024-01-01
          end: 2024-03-01T12:00Z
          quality_policy: repair
        optimization:
          fast: { min: 5, max: 20, step: 5 }
          slow: { min: 30, max: 60 }
          direction: [long-only, long-short]
        """;

    private readonly ConfigFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void EverySection_BindsOntoTheEngineRecords()
    {
        var config = _files.Read("full.yaml", Full);

        Assert.Equal(ConfigShape.Canonical, config.Shape);
        var o = config.Options;
        Assert.Equal("sma-cross", o.Strategy);
        Assert.Equal(new Dictionary<string, string> { ["fast"] = "12", ["slow"] = "40", ["direction"] = "long-short" }, o.Parameters);
        Assert.Equal(StopLevel.Percent(0.02), o.Stops!.StopLoss);
        Assert.Equal(StopLevelKind.Percent, o.Stops.TakeProfit!.Kind);
        Assert.Equal(0.045, o.Stops.TakeProfit.Value, 12);
        Assert.Equal(StopLevel.Atr(2.5), o.Stops.Trailing);
        Assert.Equal(21, o.AtrPeriod);
        Assert.Equal(2500, o.InitialCash);
        Assert.Equal(0.0004, o.Fee);
        Assert.Equal(0.0002, o.MakerFee);
        Assert.Equal(0.5, o.FixedFee);
        Assert.Equal(new SlippageSpec(SlippageKind.AtrFraction, 0.1), o.Slippage);
        Assert.Equal(new SizingSpec(SizingKind.PercentOfEquity, 0.5), o.Sizing);
        Assert.Equal(0.001, o.QuantityStep);
        Assert.Equal(5, o.MinNotional);
        Assert.Equal(new PortfolioRules { MaxPositions = 3, MaxSymbolExposure = 0.4, MaxTotalExposure = 1.2 }, o.Portfolio);
        Assert.Equal(3, o.Futures!.Leverage);
        Assert.Equal(MarginMode.Cross, o.Futures.MarginMode);
        Assert.Equal(0.01, o.Futures.LiquidationFeeRate);
        Assert.False(o.Futures.Funding);
        Assert.Equal([new MarginBracket(0, 0.004, 125), new MarginBracket(50_000, 0.005, 100)], o.Futures.Brackets!);
        Assert.Equal(FillTiming.ThisClose, o.Fill);
        Assert.Equal(EndOfDataPolicy.CloseAtLastOpen, o.EndOfData);
        Assert.Equal(IntrabarPolicy.Optimistic, o.Intrabar);
        Assert.Equal(7, o.Seed);
        Assert.Equal(QualityPolicy.Repair, o.QualityPolicy);

        var data = config.Data!;
        Assert.Equal(CandleSourceKind.BinanceFutures, data.Source);
        Assert.Equal(["BTCUSDT", "ETHUSDT"], data.Symbols);
        Assert.Equal(Interval.Parse("4h"), data.Interval);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), data.StartTime);
        Assert.Equal(new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), data.EndTime);
        Assert.Equal(DateTimeKind.Utc, data.StartTime!.Value.Kind);

        Assert.Equal(3, config.Optimization.Count);
        Assert.Equal(["5", "10", "15", "20"], config.Optimization[0].Expand());
        Assert.Equal(31, config.Optimization[1].Expand().Count);   // the catalog's step (1) when none is given
        Assert.Equal(["long-only", "long-short"], config.Optimization[2].Values);
    }

    [Fact]
    public void SameConfigAsJson_BindsTheSame()
    {
        const string Json = """
            { "strategy": "sma-cross",
              "parameters": { "fast": 12, "slow": 40, "direction": "long-short" },
              "risk_management": { "stop_loss": 0.02, "take_profit": "4.5%", "trailing_stop": "2.5atr", "atr_period": 21 },
              "portfolio": { "initial_cash": 2500, "fee": 0.0004, "maker_fee": 0.0002, "fixed_fee": 0.5, "slippage": "atr:0.1",
                             "sizing": "equity:0.5", "quantity_step": 0.001, "min_notional": 5,
                             "max_positions": 3, "max_symbol_exposure": 0.4, "max_total_exposure": 1.2 },
              "futures": { "leverage": 3, "margin_mode": "cross", "liquidation_fee": 0.01, "funding": false,
                           "brackets": [ { "notional_floor": 0, "maintenance_margin_rate": 0.004, "max_leverage": 125 },
                                         { "notional_floor": 50000, "maintenance_margin_rate": 0.005, "max_leverage": 100 } ] },
              "execution": { "fill": "close", "end_of_data": "open", "intrabar": "optimistic", "seed": 7 },
              "data": { "source": "binance-futures", "symbols": ["BTCUSDT", "ETHUSDT"], "interval": "4h",
                        "start": "2024-01-01", "end": "2024-03-01T12:00Z", "quality_policy": "repair" } }
            """;
        var yaml = _files.Read("full.yaml", Full);
        var json = _files.Read("full.json", Json);

        Assert.Equal(ConfigShape.Canonical, json.Shape);
        Assert.Equal(yaml.Options.Parameters, json.Options.Parameters);
        Assert.Equal(yaml.Options with { Parameters = json.Options.Parameters, Futures = null }, json.Options with { Futures = null });
        Assert.Equal(yaml.Options.Futures! with { Brackets = null }, json.Options.Futures! with { Brackets = null });
        Assert.Equal(yaml.Options.Futures.Brackets!, json.Options.Futures.Brackets!);
        Assert.Equal(yaml.Data! with { Symbols = [], Paths = [] }, json.Data! with { Symbols = [], Paths = [] });
        Assert.Equal(yaml.Data.Symbols, json.Data.Symbols);
    }

    [Fact]
    public void MinimalConfig_KeepsEveryDefault()
    {
        var config = _files.Read("min.yml", "strategy: sma-cross\n");

        Assert.Equal(new BacktestOptions() with { Parameters = config.Options.Parameters }, config.Options);
        Assert.Empty(config.Options.Parameters);
        Assert.Null(config.Data);
        Assert.Empty(config.Optimization);
    }

    [Fact]
    public void RelativePaths_ResolveAgainstTheConfigFolder()
    {
        string candles = _files.Write("data/BTCUSDT-1d.csv", "open_time,open,high,low,close,volume\n");
        string rates = _files.Write("data/funding.csv", "funding_time,funding_interval_hours,funding_rate\n");
        string path = _files.Write("configs/run.yaml", """
            data:
              paths: ../data/BTCUSDT-1d.csv
            futures:
              funding_rates: ../data/funding.csv
            """);

        // Read from another working directory: the config's folder decides, not the process's.
        var config = BacktestConfigFile.Read(path);

        Assert.Equal(CandleSourceKind.Csv, config.Data!.Source);
        Assert.Equal([candles], config.Data.Paths);
        Assert.Equal(rates, config.Options.Futures!.FundingRatesPath);
    }

    [Fact]
    public void TextFromStdin_IsSniffedAndResolvesAgainstTheGivenFolder()
    {
        _files.Write("BTCUSDT-1h.csv", "open_time,open,high,low,close,volume\n");

        var yaml = BacktestConfigFile.Parse("data: { paths: [BTCUSDT-1h.csv] }", "stdin", _files.Folder);
        var json = BacktestConfigFile.Parse("  { \"data\": { \"paths\": [\"BTCUSDT-1h.csv\"] } }", "stdin", _files.Folder);

        Assert.Equal(Path.Combine(_files.Folder, "BTCUSDT-1h.csv"), Assert.Single(yaml.Data!.Paths));
        Assert.Equal(yaml.Data.Paths, json.Data!.Paths);
    }

    [Fact]
    public void YamlAnchors_AreFollowed()
    {
        var config = _files.Read("anchors.yaml", """
            parameters: &p { fast: 7, slow: 21 }
            optimization:
              fast: { values: [5, 7] }
            """);

        Assert.Equal("7", config.Options.Parameters["fast"]);
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "examples", "strategies"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Examples_OnePerBuiltInStrategy()
    {
        var names = Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "examples", "strategies"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["band-reversion", "dma-atr-trend", "ema-rsi-atr", "rsi-ema-macd", "sma-cross"], names);
        Assert.All(StrategyCatalog.All, entry => Assert.Contains(entry.Name, names));
    }

    // Every example whose strategy is in this build's catalog must load; the others load once their strategy lands.
    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_LoadsWhenItsStrategyIsCatalogued(string name)
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "examples", "strategies", name);
        string strategy = Path.GetFileNameWithoutExtension(name);
        if (!StrategyCatalog.TryFind(strategy, out var entry))
        {
            var error = Assert.Throws<Backtest.Engine.Errors.BacktestException>(() => BacktestConfigFile.Read(path));
            Assert.Contains($"got '{strategy}'; expected a catalogued strategy", error.Message, StringComparison.Ordinal);
            return;
        }

        var config = BacktestConfigFile.Read(path);

        Assert.Equal(entry.Name, config.Options.Strategy);
        Assert.NotEmpty(config.Options.Parameters);
        Assert.NotNull(config.Data);
        Assert.NotEmpty(config.Optimization);
    }
}
