using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Simulation;

/// <summary>
/// How a run's candles can be loaded again: the one-symbol <see cref="CandleQuery"/> that produced them, as a manifest
/// records it. Absent from manifests of runs on candles the caller supplied.
/// </summary>
/// <param name="Kind">Sample, Binance, BinanceFutures or Csv.</param>
/// <param name="Symbol">The symbol (empty for files that name their own).</param>
/// <param name="Interval">Interval name, or null for a file's own.</param>
/// <param name="StartTime">First open time (UTC), or null.</param>
/// <param name="EndTime">Exclusive end (UTC), or null.</param>
/// <param name="Path">The candle file, for Csv.</param>
/// <param name="QualityPolicy">The data-quality policy applied on load.</param>
/// <param name="FillGaps">Whether a repair filled gaps.</param>
public sealed record DataSource(CandleSourceKind Kind, string Symbol, string? Interval, DateTime? StartTime, DateTime? EndTime,
    string? Path, QualityPolicy QualityPolicy, bool FillGaps)
{
    /// <summary>The source of one series loaded by <paramref name="query"/>.</summary>
    public static DataSource From(CandleQuery query, CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(series);
        bool file = query.Source == CandleSourceKind.Csv;
        return new(query.Source, file && query.Symbols.Count == 0 ? "" : series.Symbol, query.Interval?.Name ?? (file ? null : series.Interval.Name),
            query.StartTime, query.EndTime, file ? System.IO.Path.GetFullPath(series.Source) : null, query.QualityPolicy, query.FillGaps);
    }

    /// <summary>The query that loads these candles again.</summary>
    public CandleQuery ToQuery() => new()
    {
        Source = Kind,
        Symbols = Symbol.Length == 0 ? [] : [Symbol],
        Interval = Interval is null ? null : Data.Interval.Parse(Interval),
        StartTime = StartTime,
        EndTime = EndTime,
        Paths = Path is null ? [] : [Path],
        QualityPolicy = QualityPolicy,
        FillGaps = FillGaps,
    };
}
