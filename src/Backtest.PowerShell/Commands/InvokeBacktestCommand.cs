using System.Collections;
using System.Management.Automation;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Reports;
using Backtest.Engine.Simulation;
using Backtest.PowerShell.Completers;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Commands;

/// <summary>
/// <c>Invoke-Backtest</c>: backtests a catalogued strategy on candles from the pipeline (Candle objects grouped by
/// symbol, or CandleSeries), on symbols, or on files; emits one <see cref="BacktestResult"/> per series. Gathers its
/// input, binds <see cref="BacktestOptions"/> and calls <see cref="BacktestRunner"/>; a failing symbol is a
/// non-terminating error, a bad option stops the command before anything runs.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "Backtest", DefaultParameterSetName = BySymbol, SupportsShouldProcess = true)]
[OutputType(typeof(BacktestResult))]
public sealed class InvokeBacktestCommand : PipelineCmdlet
{
    /// <summary>Parameter sets: symbols, files, Candle objects, CandleSeries, or a config file's data section.</summary>
    public const string BySymbol = "BySymbol", ByPath = "ByPath", ByCandle = "ByCandle", BySeries = "BySeries", ByConfig = "ByConfig";

    private readonly BacktestInputs _inputs = new();

    /// <summary>Candle objects (from Get-Candles), grouped by symbol and interval.</summary>
    [Parameter(ParameterSetName = ByCandle, Mandatory = true, ValueFromPipeline = true)] public Candle[] Candle { get; set; } = [];

    /// <summary>Whole series (from Get-Candles -AsSeries).</summary>
    [Parameter(ParameterSetName = BySeries, Mandatory = true, ValueFromPipeline = true)] public CandleSeries[] Series { get; set; } = [];

    /// <summary>Symbols to load; binds by property name (BandSignal, Import-Csv rows, earlier results).</summary>
    [Parameter(ParameterSetName = BySymbol, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty, ArgumentCompleter(typeof(SymbolCompleter))] public string[] Symbol { get; set; } = [];

    /// <summary>Candle files; binds FullName from Get-ChildItem.</summary>
    [Parameter(ParameterSetName = ByPath, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName"), ValidateNotNullOrEmpty] public string[] Path { get; set; } = [];

    /// <summary>Candle interval (default 1h; files: their own).</summary>
    [Parameter(ParameterSetName = BySymbol, ValueFromPipelineByPropertyName = true), Parameter(ParameterSetName = ByPath, ValueFromPipelineByPropertyName = true)]
    [ValidateInterval, ArgumentCompleter(typeof(IntervalCompleter))] public string? Interval { get; set; }

    /// <summary>First open time (UTC).</summary>
    [Parameter(ParameterSetName = BySymbol, ValueFromPipelineByPropertyName = true), Parameter(ParameterSetName = ByPath, ValueFromPipelineByPropertyName = true)]
    public DateTime? StartTime { get; set; }

    /// <summary>Exclusive end (UTC).</summary>
    [Parameter(ParameterSetName = BySymbol, ValueFromPipelineByPropertyName = true), Parameter(ParameterSetName = ByPath, ValueFromPipelineByPropertyName = true)]
    public DateTime? EndTime { get; set; }

    /// <summary>Where -Symbol candles come from (default Sample, synthetic and offline).</summary>
    [Parameter(ParameterSetName = BySymbol)] public CandleSourceKind Source { get; set; } = CandleSourceKind.Sample;

    /// <summary>Catalogued strategy (default sma-cross).</summary>
    [Parameter, ArgumentCompleter(typeof(StrategyCompleter))] public string? Strategy { get; set; }

    /// <summary>Strategy parameters, e.g. @{ fast = 10; slow = 50; direction = 'long-short' }.</summary>
    [Parameter] public Hashtable? Parameter { get; set; }

    /// <summary>Backtest config, YAML or JSON (docs/config.md), a BacktestOptions JSON file or a manifest.json; parameters given here override it.</summary>
    [Parameter(ParameterSetName = ByConfig, Mandatory = true), Parameter(ParameterSetName = BySymbol), Parameter(ParameterSetName = ByPath),
     Parameter(ParameterSetName = ByCandle), Parameter(ParameterSetName = BySeries)]
    public string? ConfigPath { get; set; }

    /// <summary>Starting cash (default 10000).</summary>
    [Parameter] public double? InitialCash { get; set; }

    /// <summary>Fee per fill as a fraction (default 0.001).</summary>
    [Parameter] public double? Fee { get; set; }

    /// <summary>none, 5bps (or 5), atr:0.1, volume:0.1.</summary>
    [Parameter] public string? Slippage { get; set; }

    /// <summary>all-in, all-in-whole, fixed:Q, notional:AMOUNT, equity:FRACTION, risk:FRACTION.</summary>
    [Parameter] public string? Sizing { get; set; }

    /// <summary>NextOpen (default) or ThisClose.</summary>
    [Parameter] public FillTiming? Fill { get; set; }

    /// <summary>Keep (default), CloseAtLastClose, CloseAtLastOpen.</summary>
    [Parameter] public EndOfDataPolicy? EndOfData { get; set; }

    /// <summary>Warn (default), Fail or Repair: the data-quality report runs first.</summary>
    [Parameter] public QualityPolicy QualityPolicy { get; set; } = QualityPolicy.Warn;

    /// <summary>With several symbols or files in one call: backtest each on its own instead of as one portfolio.</summary>
    [Parameter(ParameterSetName = BySymbol), Parameter(ParameterSetName = ByPath)] public SwitchParameter PerSymbol { get; set; }

    /// <summary>Portfolio: most positions open at once (default one per symbol).</summary>
    [Parameter, ValidateRange(0, int.MaxValue)] public int? MaxPositions { get; set; }

    /// <summary>USD-M futures leverage; implies a futures backtest.</summary>
    [Parameter, ValidateRange(1.0, 125.0)] public double? Leverage { get; set; }

    /// <summary>USD-M futures margin mode; implies a futures backtest.</summary>
    [Parameter] public MarginMode? MarginMode { get; set; }

    /// <summary>USD-M futures funding rates: a funding CSV or a folder of SYMBOL-funding.csv files.</summary>
    [Parameter, ValidateNotNullOrEmpty] public string? FundingPath { get; set; }

    /// <summary>Write the report files here (a SYMBOL-INTERVAL subfolder each when there are several results).</summary>
    [Parameter, ValidateNotNullOrEmpty] public string? OutputPath { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() => Gather(ParameterSetName);

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var options = ToOptions();
        var results = new List<BacktestResult>();
        Drain("Invoke-Backtest", (sink, ct) => BacktestBatch.RunAsync(options, _inputs, sink, results, ct), terminating: true);
        if (OutputPath is null) return;
        string root = SessionState?.Path.GetUnresolvedProviderPathFromPSPath(OutputPath) ?? OutputPath;
        foreach (var result in results)
        {
            string folder = BacktestReportWriter.FolderFor(root, result, results.Count);
            if (!ShouldProcess(folder, "Write backtest reports")) continue;
            BacktestReportWriter.Write(result, folder, CancellationToken);
            // A portfolio's folder also holds one folder per symbol with that symbol's share.
            if (result.IsPortfolio) foreach (var s in result.GetSymbolResults()) BacktestReportWriter.Write(s, BacktestReportWriter.FolderFor(folder, s, 2), CancellationToken);
        }
    }

    /// <summary>Adds this pipeline record's input (tested without a PowerShell host).</summary>
    internal void Gather(string parameterSet) => BacktestBatch.Gather(_inputs, parameterSet, Candle, Series, Symbol,
        [.. Path.Select(Resolve)], Interval, StartTime, EndTime, Source, QualityPolicy, PerSymbol, ConfigPath is null ? null : Resolve(ConfigPath));

    /// <summary>The engine options these parameters mean (tested without a PowerShell host).</summary>
    internal BacktestOptions ToOptions()
    {
        var options = BacktestInputs.ToOptions(ConfigPath is null ? null : Resolve(ConfigPath), Strategy, Parameter, InitialCash, Fee, Slippage, Sizing, Fill, EndOfData, QualityPolicy);
        return options with
        {
            Portfolio = MaxPositions is { } max ? (options.Portfolio ?? PortfolioRules.Unlimited) with { MaxPositions = max } : options.Portfolio,
            Futures = BacktestInputs.Futures(Leverage, MarginMode, FundingPath is null ? null : Resolve(FundingPath), Source == CandleSourceKind.BinanceFutures) ?? options.Futures,
        };
    }

    private string Resolve(string path) => SessionState?.Path.GetUnresolvedProviderPathFromPSPath(path) ?? path;

    internal BacktestInputs Inputs => _inputs;
}
