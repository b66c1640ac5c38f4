using System.Runtime.CompilerServices;
using Backtest.Engine.Data.Resampling;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Candles from one CSV file (plain, .gz or .zip; see <see cref="CsvCandleReader"/>). A request is served as one
/// batch holding the file's candles in the requested range. The request must match the file: a file whose name
/// (or options) names a symbol serves only that symbol, otherwise the candles take the request's symbol; the
/// request's interval must be the file's, or a whole multiple of it, in which case the candles are resampled
/// (<see cref="Resampler"/>, partial edge buckets dropped). An empty request symbol or a default interval means
/// "whatever the file holds". Rows stay in file order, so an unsorted file reaches
/// the data-quality policy as it is rather than being repaired silently.
/// </summary>
public sealed class CsvCandleSource : ICandleSource
{
    private readonly CsvReadOptions? _options;

    /// <summary>A source over the file at <paramref name="path"/>, labelled and read with <paramref name="options"/>.</summary>
    public CsvCandleSource(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        _options = options;
    }

    /// <summary>The file this source reads.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public async IAsyncEnumerable<CandleSeries> ReadAsync(CandleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var naming = CsvFileName.Parse(Path);
        string? fileSymbol = _options?.Symbol?.Trim().ToUpperInvariant() ?? naming.Symbol;
        string wanted = request.Symbol.Trim().ToUpperInvariant();
        if (wanted.Length == 0) wanted = fileSymbol ?? "";
        if (fileSymbol is not null && fileSymbol != wanted)
        {
            throw new BacktestException(ErrorKind.NotFound, $"{Path} holds {fileSymbol} candles, not {wanted}.", request.Symbol);
        }
        var options = (_options ?? new CsvReadOptions()) with { Symbol = wanted.Length == 0 ? null : wanted, Market = request.Market };
        var series = await Task.Run(() => CsvCandleReader.Read(Path, options, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (request.Interval.Name is not null && series.Interval != request.Interval)
        {
            if (!request.Interval.IsWholeMultipleOf(series.Interval))
            {
                throw new BacktestException(ErrorKind.InvalidArgument,
                    $"{Path} holds {series.Interval} candles; it cannot serve {request.Interval} (only {series.Interval} or a whole multiple of it).", nameof(request.Interval));
            }
            series = Resampler.Resample(series, request.Interval);
        }
        yield return InRange(series, request.StartMs, request.EndMs);
    }

    /// <summary>The rows with open time in [fromMs, toMs), in file order.</summary>
    private static CandleSeries InRange(CandleSeries series, long fromMs, long toMs)
    {
        var times = series.OpenTimeMs;
        if (TimeOrderIsAscending(times)) return times.Length == 0 || (fromMs <= times[0] && toMs > times[^1]) ? series : series.Slice(fromMs, toMs);
        var builder = new CandleSeriesBuilder(series.Count);
        for (int i = 0; i < series.Count; i++)
        {
            if (times[i] >= fromMs && times[i] < toMs) builder.Add(times[i], series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i], series.QuoteVolume[i], series.Trades[i]);
        }
        return builder.Build(series.Symbol, series.Market, series.Interval, series.Source, series.IsSynthetic);
    }

    private static bool TimeOrderIsAscending(ReadOnlySpan<long> times)
    {
        for (int i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1]) return false;
        }
        return true;
    }
}
