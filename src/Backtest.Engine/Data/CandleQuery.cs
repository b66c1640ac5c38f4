using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Data;

/// <summary>
/// Everything <see cref="CandleLoader"/> needs to fetch candles for one or more symbols. The PowerShell
/// cmdlet and the CLI bind their parameters into this record and nothing else.
/// </summary>
public sealed record CandleQuery
{
    /// <summary>Symbols to load (empty with <see cref="Top"/> or <see cref="Paths"/>).</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>Candle interval; null means 1h for the exchange and sample sources, and "as the file says" for files.</summary>
    public Interval? Interval { get; init; }

    /// <summary>First open time (UTC), or null for the earliest the source has.</summary>
    public DateTime? StartTime { get; init; }

    /// <summary>Exclusive end (UTC), or null for "up to the last complete candle".</summary>
    public DateTime? EndTime { get; init; }

    /// <summary>Where candles come from.</summary>
    public CandleSourceKind Source { get; init; } = CandleSourceKind.Sample;

    /// <summary>Files to read when <see cref="Source"/> is <see cref="CandleSourceKind.Csv"/>.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Adds the top N USDT symbols by 24 h quote volume (exchange sources) or the first N sample symbols.</summary>
    public int? Top { get; init; }

    /// <summary>Bypass the local candle cache: download straight from the exchange and store nothing.</summary>
    public bool NoCache { get; init; }

    /// <summary>The candle cache file; null uses <c>BACKTEST_CACHE</c> or the default under local application data.</summary>
    public string? CachePath { get; init; }

    /// <summary>What to do when the data-quality report finds problems.</summary>
    public QualityPolicy QualityPolicy { get; init; } = QualityPolicy.Warn;

    /// <summary>With <see cref="QualityPolicy.Repair"/>: also fill gaps with flat, marked candles.</summary>
    public bool FillGaps { get; init; }

    /// <summary>Binance connection settings (base URLs, optional keys, retry budget).</summary>
    public BinanceClientOptions? Binance { get; init; }
}
