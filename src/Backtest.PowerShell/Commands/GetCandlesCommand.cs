using System.Management.Automation;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Quality;
using Backtest.PowerShell.Completers;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Commands;

/// <summary>
/// <c>Get-Candles</c>: candles from Binance (through the local cache), files, or the synthetic sample market.
/// Binds parameters into a <see cref="CandleQuery"/> and calls <see cref="CandleLoader"/>; nothing more.
/// </summary>
[Cmdlet(VerbsCommon.Get, "Candles", DefaultParameterSetName = BySymbol)]
[OutputType(typeof(Candle), ParameterSetName = [BySymbol, ByPath, ByTop])]
[OutputType(typeof(CandleSeries), ParameterSetName = [BySymbol, ByPath, ByTop])]
public sealed class GetCandlesCommand : PipelineCmdlet
{
    /// <summary>Parameter set: symbols by name.</summary>
    public const string BySymbol = "BySymbol";

    /// <summary>Parameter set: candle files.</summary>
    public const string ByPath = "ByPath";

    /// <summary>Parameter set: the top N symbols by 24 h quote volume.</summary>
    public const string ByTop = "ByTop";

    /// <summary>Symbols, e.g. BTCUSDT; binds from the pipeline by property name.</summary>
    [Parameter(ParameterSetName = BySymbol, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SymbolCompleter))]
    public string[] Symbol { get; set; } = [];

    /// <summary>Candle interval as Binance names it (1m … 1M; case matters for 1m/1M); unset means 1h, or a file's own.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateInterval]
    [ArgumentCompleter(typeof(IntervalCompleter))]
    [PSDefaultValue(Help = "1h; with -Path, the interval the file has")]
    public string? Interval { get; set; }

    /// <summary>First open time (UTC); default the earliest available.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime? StartTime { get; set; }

    /// <summary>Exclusive end (UTC); default the last complete candle.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime? EndTime { get; set; }

    /// <summary>Where candles come from (default Sample, the synthetic offline market; Csv with -Path).</summary>
    [Parameter]
    public CandleSourceKind Source { get; set; } = CandleSourceKind.Sample;

    /// <summary>Candle files (Binance layout, generic OHLCV, data.binance.vision dumps; .gz and .zip).</summary>
    [Parameter(ParameterSetName = ByPath, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>The top N USDT symbols by 24 h quote volume.</summary>
    [Parameter(ParameterSetName = ByTop, Mandatory = true)]
    [ValidateRange(1, 500)]
    public int Top { get; set; }

    /// <summary>Download without reading or writing the local cache.</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    /// <summary>The cache file (default: $env:BACKTEST_CACHE, else the local app-data folder).</summary>
    [Parameter]
    [PSDefaultValue(Help = "$env:BACKTEST_CACHE, else Backtest/candles.db in the local application-data folder")]
    public string? CachePath { get; set; }

    /// <summary>Warn (default) writes warnings, Fail stops with a DataQuality error, Repair fixes what it can.</summary>
    [Parameter]
    public QualityPolicy QualityPolicy { get; set; } = QualityPolicy.Warn;

    /// <summary>With -QualityPolicy Repair: fill gaps with flat, marked candles.</summary>
    [Parameter]
    public SwitchParameter FillGaps { get; set; }

    /// <summary>Emit one CandleSeries per symbol instead of Candle objects.</summary>
    [Parameter]
    public SwitchParameter AsSeries { get; set; }

    /// <summary>Binance REST base URL (mirrors, tests).</summary>
    [Parameter]
    public Uri? BaseUrl { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var query = ToQuery(ParameterSetName);
        Drain("Get-Candles", async (sink, ct) =>
        {
            var progress = sink.ProgressOf<DownloadProgress>(p => $"{p.Symbol}: {p.Candles:N0} candles", p => p.Percent);
            await foreach (var set in CandleLoader.LoadAsync(query, progress, ct).ConfigureAwait(false))
            {
                if (set.Series.IsSynthetic) sink.Warning($"{set.Series.Symbol}: SYNTHETIC sample data (seeded model), not market prices.");
                if (!set.Quality.IsClean) sink.Warning($"{set.Series.Symbol} {set.Series.Interval}: {set.Quality.Summary}");
                if (AsSeries) sink.Output(set.Series);
                else sink.OutputEach(set.Series.AsCandles());
            }
        });
    }

    /// <summary>The engine options these parameters mean in <paramref name="parameterSet"/> (tested without a PowerShell host).</summary>
    internal CandleQuery ToQuery(string parameterSet) => new()
    {
        Symbols = parameterSet == BySymbol ? Symbol : [],
        Interval = Interval is null ? null : Engine.Data.Interval.Parse(Interval),
        StartTime = UtcTime.From(StartTime),
        EndTime = UtcTime.From(EndTime),
        Source = parameterSet == ByPath ? CandleSourceKind.Csv : Source,
        Paths = parameterSet == ByPath ? [.. Path.Select(FileSystemPath)] : [],
        Top = parameterSet == ByTop ? Top : null,
        NoCache = NoCache,
        CachePath = CachePath is null ? null : FileSystemPath(CachePath),
        QualityPolicy = QualityPolicy,
        FillGaps = FillGaps,
        Binance = BaseUrl is null ? null : new BinanceClientOptions { SpotBaseUrl = BaseUrl, FuturesBaseUrl = BaseUrl },
    };
}
