using System.Collections;
using System.Threading.Channels;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.PowerShell.Commands;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Tests.Commands;

/// <summary>
/// Invoke-Backtest without a host: how its parameters bind into <see cref="BacktestOptions"/>, how pipeline input is
/// gathered, and that a run writes results and per-input errors (the cmdlet's only decisions).
/// </summary>
public sealed class InvokeBacktestCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"invoke-backtest-{Guid.NewGuid():N}");

    public InvokeBacktestCommandTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public void Defaults_AreTheW1Rules()
    {
        using var command = new InvokeBacktestCommand();
        var options = command.ToOptions();
        Assert.Equal(("sma-cross", 10_000.0, 0.001), (options.Strategy, options.InitialCash, options.Fee));
        Assert.Equal((SizingKind.AllIn, FillTiming.NextOpen, EndOfDataPolicy.Keep), (options.Sizing.Kind, options.Fill, options.EndOfData));
        Assert.Empty(options.Parameters);
        Assert.Equal(QualityPolicy.Warn, options.QualityPolicy);
    }

    [Fact]
    public void Parameters_MapWithInvariantText()
    {
        using var command = new InvokeBacktestCommand
        {
            Strategy = "SmaCross",
            Parameter = new Hashtable { ["fast"] = 12, ["slow"] = 40.0, ["stop_loss"] = 0.025, ["direction"] = "long-short" },
            InitialCash = 5000,
            Fee = 0.00075,
            Slippage = "5bps",
            Sizing = "fixed:2",
            Fill = FillTiming.ThisClose,
            EndOfData = EndOfDataPolicy.CloseAtLastOpen,
            QualityPolicy = QualityPolicy.Repair,
        };
        var options = command.ToOptions();
        Assert.Equal("12", options.Parameters["fast"]);
        Assert.Equal("40", options.Parameters["slow"]);
        Assert.Equal("0.025", options.Parameters["stop_loss"]);
        Assert.Equal((5000.0, 0.00075), (options.InitialCash, options.Fee));
        Assert.Equal(new SlippageSpec(SlippageKind.FixedBps, 5), options.Slippage);
        Assert.Equal(new SizingSpec(SizingKind.Fixed, 2), options.Sizing);
        Assert.Equal((FillTiming.ThisClose, EndOfDataPolicy.CloseAtLastOpen, QualityPolicy.Repair), (options.Fill, options.EndOfData, options.QualityPolicy));
        options.Validate();
    }

    [Fact]
    public void ConfigPath_IsTheBase_AndParametersOverrideIt()
    {
        string config = Path.Combine(_dir, "bt.json");
        File.WriteAllText(config, """
            { "strategy": "sma-cross", "parameters": { "fast": "5", "slow": "20" }, "fee": 0.002,
              "sizing": { "kind": "AllInWhole" }, "endOfData": "CloseAtLastOpen" }
            """);
        using var command = new InvokeBacktestCommand { ConfigPath = config, Parameter = new Hashtable { ["slow"] = 30 }, InitialCash = 1000 };
        var options = command.ToOptions();
        Assert.Equal(("5", "30"), (options.Parameters["fast"], options.Parameters["slow"]));
        Assert.Equal((0.002, 1000.0, EndOfDataPolicy.CloseAtLastOpen), (options.Fee, options.InitialCash, options.EndOfData));
        Assert.True(options.Sizing.WholeUnits);
    }

    [Fact]
    public void BySymbolPerSymbol_GathersOneQueryPerSymbolWithUtcTimes()
    {
        // -PerSymbol is a switch, and the reference stubs' SwitchParameter holds no state: the batch is told directly.
        using var command = new InvokeBacktestCommand { Symbol = ["SOLUSDT"], Interval = "4h", StartTime = new DateTime(2024, 1, 1), Source = CandleSourceKind.Sample };
        BacktestBatch.Gather(command.Inputs, InvokeBacktestCommand.BySymbol, [], [], ["BTCUSDT", "ETHUSDT"], [], "4h", new DateTime(2024, 1, 1), null,
            CandleSourceKind.Sample, QualityPolicy.Warn, perSymbol: true);
        command.Gather(InvokeBacktestCommand.BySymbol);
        var queries = command.Inputs.Queries;
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], queries.Select(q => Assert.Single(q.Symbols)));
        Assert.All(queries, q => Assert.Equal((Interval.FourHours, CandleSourceKind.Sample, DateTimeKind.Utc), (q.Interval!.Value, q.Source, q.StartTime!.Value.Kind)));
    }

    [Fact]
    public async Task SeveralSymbolsInOneCall_AreOnePortfolio()
    {
        using var command = new InvokeBacktestCommand { Symbol = ["BTCUSDT", "ETHUSDT", "BNBUSDT"], Interval = "4h", Source = CandleSourceKind.Sample, MaxPositions = 2 };
        command.Gather(InvokeBacktestCommand.BySymbol);
        command.Symbol = ["SOLUSDT"];
        command.Gather(InvokeBacktestCommand.BySymbol);   // a record with one symbol stays a run of its own
        Assert.Equal(["BTCUSDT", "ETHUSDT", "BNBUSDT"], Assert.Single(command.Inputs.Portfolios).Symbols);
        Assert.Equal("SOLUSDT", Assert.Single(Assert.Single(command.Inputs.Queries).Symbols));

        var (_, results) = await Run(command);
        var portfolio = Assert.Single(results, r => r.IsPortfolio);
        Assert.Equal((3, 2), (portfolio.GetSymbolResults().Count, portfolio.GetManifest().Options.Portfolio!.MaxPositions));
    }

    [Fact]
    public async Task ConfigAlone_TakesItsCandlesFromTheDataSection()
    {
        // The example's data section names BTCUSDT and ETHUSDT on the sample market: one portfolio sharing one slot.
        string config = Path.Combine(SharedData.RepositoryRoot, "examples", "strategies", "dma-atr-trend.yaml");
        using var command = new InvokeBacktestCommand { ConfigPath = config };
        command.Gather(InvokeBacktestCommand.ByConfig);
        var (_, results) = await Run(command);
        var portfolio = Assert.Single(results);
        Assert.Equal(("BTCUSDT,ETHUSDT", "dma-atr-trend", 1), (portfolio.Symbol, portfolio.Strategy, portfolio.GetManifest().Options.Portfolio!.MaxPositions));
    }

    [Fact]
    public void FuturesParameters_MakeAFuturesBacktest()
    {
        using var command = new InvokeBacktestCommand { Leverage = 5, MarginMode = MarginMode.Cross };
        Assert.Equal((5.0, MarginMode.Cross), (command.ToOptions().Futures!.Leverage, command.ToOptions().Futures!.MarginMode));
        using var spot = new InvokeBacktestCommand();
        Assert.Null(spot.ToOptions().Futures);
    }

    [Fact]
    public void ByCandle_GroupsCandlesBySymbolInArrivalOrder()
    {
        var btc = Candles("BTCUSDT", 5, 100);
        var eth = Candles("ETHUSDT", 4, 50);
        using var command = new InvokeBacktestCommand();
        foreach (var candle in btc.AsCandles().Zip(eth.AsCandles()).SelectMany(p => new[] { p.First, p.Second }).Append(btc[4]))
        {
            command.Candle = [candle];
            command.Gather(InvokeBacktestCommand.ByCandle);
        }
        var series = command.Inputs.Series;
        Assert.Equal(["BTCUSDT", "ETHUSDT"], series.Select(s => s.Symbol));
        Assert.Equal(btc.Close.ToArray(), series[0].Close.ToArray());
        Assert.Equal(eth.OpenTimeMs.ToArray(), series[1].OpenTimeMs.ToArray());
    }

    [Fact]
    public async Task Run_WritesResultsAndAnErrorPerFailingInput()
    {
        string good = Path.Combine(_dir, "GOODUSDT-1h.csv");
        using (var writer = new StreamWriter(good)) CandleCsvWriter.Write(writer, [Candles("GOODUSDT", 200, 100)]);
        using var command = new InvokeBacktestCommand { Parameter = new Hashtable { ["fast"] = 3, ["slow"] = 8 } };
        BacktestBatch.Gather(command.Inputs, InvokeBacktestCommand.ByPath, [], [], [], [good, Path.Combine(_dir, "GONEUSDT-1h.csv")], null, null, null,
            CandleSourceKind.Csv, QualityPolicy.Warn, perSymbol: true);
        command.Series = [Candles("SERIESUSDT", 100, 20)];
        command.Gather(InvokeBacktestCommand.BySeries);

        var (items, results) = await Run(command);
        Assert.Equal(["SERIESUSDT", "GOODUSDT"], results.Select(r => r.Symbol));
        var failure = Assert.Single(items.OfType<PipelineItem.Failure>());
        Assert.Equal(ErrorKind.NotFound, failure.Exception.Kind);
        Assert.Equal(2, items.OfType<PipelineItem.Output>().Count());
        Assert.All(results, r => Assert.Equal("fast=3;slow=8;direction=long-only", r.Parameters));
    }

    [Fact]
    public async Task Run_BadOptionFailsBeforeAnythingRuns()
    {
        using var command = new InvokeBacktestCommand { Series = [Candles("SERIESUSDT", 100, 20)], Parameter = new Hashtable { ["fsat"] = 3 } };
        command.Gather(InvokeBacktestCommand.BySeries);
        var error = await Assert.ThrowsAsync<BacktestException>(() => Run(command));
        Assert.Contains("Did you mean 'fast'?", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(List<PipelineItem> Items, List<BacktestResult> Results)> Run(InvokeBacktestCommand command)
    {
        var channel = Channel.CreateUnbounded<PipelineItem>();
        var results = new List<BacktestResult>();
        await BacktestBatch.RunAsync(command.ToOptions(), command.Inputs, new PipelineSink(channel.Writer), results, CancellationToken.None);
        channel.Writer.Complete();
        var items = new List<PipelineItem>();
        await foreach (var item in channel.Reader.ReadAllAsync()) items.Add(item);
        return (items, results);
    }

    /// <summary>A wavy hourly series (so SMA crosses happen).</summary>
    private static CandleSeries Candles(string symbol, int count, double level)
    {
        var builder = new CandleSeriesBuilder(count);
        for (int i = 0; i < count; i++)
        {
            double close = level * (1 + 0.05 * Math.Sin(i / 6.0)), open = i == 0 ? close : level * (1 + 0.05 * Math.Sin((i - 1) / 6.0));
            builder.Add(1_704_067_200_000L + i * 3_600_000L, open, Math.Max(open, close) * 1.001, Math.Min(open, close) * 0.999, close, 10);
        }
        return builder.Build(symbol, Market.Spot, Interval.OneHour, "test");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
