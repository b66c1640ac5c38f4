namespace Backtest.Engine.Data;

/// <summary>Whole-series reads over any <see cref="ICandleSource"/>.</summary>
public static class CandleSourceExtensions
{
    /// <summary>Reads every batch of the request and joins them into one series.</summary>
    public static async Task<CandleSeries> LoadAsync(this ICandleSource source, CandleRequest request,
        IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        CandleSeries? first = null;
        CandleSeriesBuilder? builder = null;
        await foreach (var batch in source.ReadAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (first is null)
            {
                first = batch;
            }
            else
            {
                if (builder is null)
                {
                    builder = new CandleSeriesBuilder(first.Count * 4);
                    builder.AddRange(first);
                }
                builder.AddRange(batch);
            }
            progress?.Report(new DownloadProgress(request.Symbol, builder?.Count ?? first.Count, null, batch.EndTime));
        }
        if (first is null) return CandleSeries.Empty(request.Symbol.ToUpperInvariant(), request.Market, request.Interval, source.Name);
        return builder is null ? first : builder.Build(first.Symbol, first.Market, first.Interval, first.Source, first.IsSynthetic);
    }
}
