namespace Backtest.Engine.Data.Store;

public sealed partial class CandleStore
{
    /// <summary>
    /// Brings the cache up to date for <paramref name="request"/> and returns the requested candles from it.
    /// Only the spans of <c>[request start, min(request end, now))</c> not yet covered are read from
    /// <paramref name="source"/>; each batch the source yields (one page for a REST source) is committed in its
    /// own transaction together with the coverage it proves, so an interrupted sync keeps every finished page
    /// and the next one resumes where it stopped. When the source has finished a span, the rest of that span up
    /// to the last complete bar is recorded as covered too: it holds no candles (a real gap, or the time before
    /// the symbol listed), and is not asked for again.
    /// </summary>
    /// <remarks>
    /// A request with no start time asks the source for its earliest candles; the span is then covered from
    /// <see cref="long.MinValue"/>, meaning "nothing exists before the first stored candle", so later requests
    /// starting anywhere before it read nothing from the source.
    /// </remarks>
    /// <param name="source">Where missing candles come from; its <see cref="ICandleSource.Name"/> is part of the key.</param>
    /// <param name="request">Symbol, interval, market and the half-open range wanted.</param>
    /// <param name="progress">Receives the candles downloaded so far (of the estimated number missing).</param>
    /// <param name="cancellationToken">Stops between pages; what was committed stays.</param>
    /// <exception cref="Errors.BacktestException">From the source (network, symbol), or <see cref="Errors.ErrorKind.Storage"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; committed pages are kept.</exception>
    public async Task<CandleSeries> SyncAsync(ICandleSource source, CandleRequest request,
        IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var key = CandleStoreKey.For(source, request);
        long formingOpen = key.Interval.Floor(_clock.GetUtcNow().ToUnixTimeMilliseconds());
        var missing = CoverageSpans.Missing(Coverage(key), request.StartMs, Math.Min(request.EndMs, formingOpen));
        long? expected = CoverageSpans.Bars(missing, key.Interval);
        long received = 0;
        foreach (var (from, to) in missing)
        {
            long cursor = from;
            var page = request with
            {
                StartTime = from == long.MinValue ? null : CandleSeries.ToUtc(from),
                EndTime = CandleSeries.ToUtc(to),
            };
            await foreach (var batch in source.ReadAsync(page, cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (batch.Count == 0) continue;
                long batchEnd = key.Interval.Next(batch.OpenTimeMs[^1]);
                Write(key, batch, cursor, Math.Max(cursor, batchEnd));
                cursor = Math.Max(cursor, batchEnd);
                received += batch.Count;
                progress?.Report(new DownloadProgress(key.Symbol, received, expected, batch.EndTime));
            }
            if (cursor < to) Write(key, CandleSeries.Empty(key.Symbol, key.Market, key.Interval, key.Source), cursor, to);
        }
        return Read(key, request.StartMs, request.EndMs);
    }
}
