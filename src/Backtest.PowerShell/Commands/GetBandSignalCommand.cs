using System.Management.Automation;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Signals.Bands;
using Backtest.PowerShell.Completers;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Commands;

/// <summary>
/// <c>Get-BandSignal</c>: polynomial-regression band signals (BUY/SELL/HOLD) on the latest close of each symbol.
/// Symbols and files arriving from the pipeline are gathered and scanned together (in parallel, up to
/// -ThrottleLimit at once) when the input ends. Binds into a <see cref="BandScanOptions"/> and calls
/// <see cref="BandScan"/>; a symbol that fails is a non-terminating error and the scan goes on.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BandSignal", DefaultParameterSetName = BySymbol, SupportsShouldProcess = true)]
[OutputType(typeof(BandSignal), ParameterSetName = [BySymbol, ByTop, ByPath])]
public sealed class GetBandSignalCommand : PipelineCmdlet
{
    /// <summary>Parameter set: symbols by name (default: BTCUSDT, ETHUSDT, SOLUSDT).</summary>
    public const string BySymbol = "BySymbol";

    /// <summary>Parameter set: the top N symbols by 24 h quote volume.</summary>
    public const string ByTop = "ByTop";

    /// <summary>Parameter set: candle files.</summary>
    public const string ByPath = "ByPath";

    private readonly List<string> _symbols = [];
    private readonly List<string> _paths = [];

    /// <summary>Symbols, e.g. BTCUSDT; binds from the pipeline by property name. Default: the core movers BTC, ETH, SOL.</summary>
    [Parameter(ParameterSetName = BySymbol, Position = 0, ValueFromPipelineByPropertyName = true), ValidateNotNullOrEmpty, ArgumentCompleter(typeof(SymbolCompleter))]
    public string[] Symbol { get; set; } = [];

    /// <summary>The top N USDT symbols by 24 h quote volume.</summary>
    [Parameter(ParameterSetName = ByTop, Mandatory = true), ValidateRange(1, 500)]
    public int Top { get; set; }

    /// <summary>Candle files, one symbol each (wildcards expand); binds FullName from Get-ChildItem.</summary>
    [Parameter(ParameterSetName = ByPath, Mandatory = true, ValueFromPipelineByPropertyName = true), Alias("FullName"), ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>Candle interval (default 1d; files: the file's own).</summary>
    [Parameter, ValidateInterval, ArgumentCompleter(typeof(IntervalCompleter))]
    public string? Interval { get; set; }

    /// <summary>Polynomial degree, 2–10 (default 4).</summary>
    [Parameter, ValidateRange(PolynomialBandsParameters.MinDegree, PolynomialBandsParameters.MaxDegree)]
    public int Degree { get; set; } = PolynomialBandsParameters.DefaultDegree;

    /// <summary>Band half-width in residual standard deviations (default 2).</summary>
    [Parameter, ValidateRange(PolynomialBandsParameters.MinStandardDeviations, PolynomialBandsParameters.MaxStandardDeviations)]
    public double KStd { get; set; } = PolynomialBandsParameters.DefaultStandardDeviations;

    /// <summary>Fit the candles of the last N days (default 720).</summary>
    [Parameter, ValidateRange(1, 36_500)]
    public int Days { get; set; } = BandScanOptions.DefaultDays;

    /// <summary>Fewest candles that give a signal (default 50); fewer gives HOLD with an Error.</summary>
    [Parameter, ValidateRange(3, 100_000)]
    public int MinBars { get; set; } = BandScanOptions.DefaultMinBars;

    /// <summary>Where candles come from (default Binance spot; Csv with -Path; Sample is synthetic and offline).</summary>
    [Parameter]
    public CandleSourceKind Source { get; set; } = CandleSourceKind.Binance;

    /// <summary>Symbols scanned at once (default 8).</summary>
    [Parameter, ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = BandScanOptions.DefaultThrottleLimit;

    /// <summary>Scan as of this exclusive end (UTC); default the last complete candle.</summary>
    [Parameter]
    public DateTime? EndTime { get; set; }

    /// <summary>Also write every result and the parameters to band_signals_YYYYMMDD_HHMMSS.json in this folder (or to this .json file).</summary>
    [Parameter, ValidateNotNullOrEmpty]
    public string? OutputPath { get; set; }

    /// <summary>Download without reading or writing the local cache.</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>The cache file (default: $env:BACKTEST_CACHE, else the local app-data folder).</summary>
    [Parameter]
    public string? CachePath { get; set; }

    /// <summary>Warn (default) writes warnings; Fail makes a symbol with data problems fail; Repair fixes what it can.</summary>
    [Parameter]
    public QualityPolicy QualityPolicy { get; set; } = QualityPolicy.Warn;

    /// <summary>Binance REST base URL (mirrors, tests).</summary>
    [Parameter]
    public Uri? BaseUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord() => Gather();

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        var options = ToOptions();
        var created = DateTime.UtcNow;
        var results = new List<BandScanResult>();
        Drain("Get-BandSignal", async (sink, ct) =>
        {
            var progress = sink.ProgressOf<BandScanProgress>(p => $"{p.Symbol} ({p.Completed}/{p.Total})", p => p.Percent);
            await foreach (var result in BandScan.RunAsync(options, progress, ct).ConfigureAwait(false))
            {
                results.Add(result);
                if (result.Failure is { } failure) { sink.Error(failure); continue; }
                foreach (string warning in result.Warnings) sink.Warning(warning);
                sink.Output(result.Signal);
            }
        }, terminating: true);
        if (OutputPath is null || results.Count == 0 || !ShouldProcess(FileSystemPath(OutputPath), "Write band signals file")) return;
        try { WriteVerbose($"wrote {BandSignalFile.Save(FileSystemPath(OutputPath), new BandScanReport(created, options, results))}"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(new ErrorRecord(ex, ErrorIds.Storage, ErrorCategory.WriteError, OutputPath));
        }
    }

    /// <summary>Adds this input's symbols and files to the scan (once per pipeline object).</summary>
    internal void Gather()
    {
        _symbols.AddRange(Symbol);
        foreach (string path in Path) _paths.AddRange(FileSystemPaths(path));
    }

    /// <summary>The engine options these parameters mean (tested without a PowerShell host).</summary>
    internal BandScanOptions ToOptions() => new()
    {
        Symbols = [.. _symbols],
        Top = Top > 0 ? Top : null,
        Paths = [.. _paths],
        Interval = Interval is null ? null : Engine.Data.Interval.Parse(Interval),
        Degree = Degree,
        KStd = KStd,
        Days = Days,
        MinBars = MinBars,
        Source = _paths.Count > 0 ? CandleSourceKind.Csv : Source,
        ThrottleLimit = ThrottleLimit,
        EndTime = UtcTime.From(EndTime),
        NoCache = NoCache,
        CachePath = CachePath is null ? null : FileSystemPath(CachePath),
        QualityPolicy = QualityPolicy,
        Binance = BaseUrl is null ? null : new BinanceClientOptions { SpotBaseUrl = BaseUrl, FuturesBaseUrl = BaseUrl },
    };
}
