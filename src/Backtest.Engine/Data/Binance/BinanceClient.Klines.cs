using System.Runtime.CompilerServices;
using System.Text;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

public sealed partial class BinanceClient
{
    /// <inheritdoc cref="GetKlinePagesAsync(CandleRequest, IProgress{DownloadProgress}?, CancellationToken)"/>
    public IAsyncEnumerable<CandleSeries> GetKlinePagesAsync(CandleRequest request, CancellationToken cancellationToken = default) =>
        GetKlinePagesAsync(request, null, cancellationToken);

    /// <summary>
    /// Downloads the requested candles page by page (spot <c>/api/v3/klines</c>, 1000 a page; futures
    /// <c>/fapi/v1/klines</c>, 1500 a page), yielding one ascending series per page with no duplicates and nothing at or
    /// after <see cref="CandleRequest.EndTime"/>. A null start means from the earliest candle Binance has. A candle still
    /// forming (close time after now) is never yielded. An empty page inside the range is asked for again once; if it
    /// stays empty while Binance does have later candles in the range, the download fails rather than stop short.
    /// </summary>
    /// <exception cref="BacktestException">Unknown symbol, network, rate-limit, ban or unreadable data; the message says which.</exception>
    public async IAsyncEnumerable<CandleSeries> GetKlinePagesAsync(CandleRequest request, IProgress<DownloadProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string symbol = NormalizeSymbol(request.Symbol);
        var (interval, market) = (request.Interval, request.Market);
        if (interval.Name is null) throw new BacktestException(ErrorKind.InvalidArgument, "The request has no interval.", "Interval");
        long endMs = request.EndMs, firstMs = Math.Max(0, request.StartMs), cursor = firstMs;
        if (request.StartMs > endMs)
        {
            throw new BacktestException(ErrorKind.InvalidArgument, $"StartTime {request.StartTime:u} is after EndTime {request.EndTime:u}.", "StartTime");
        }
        await ExchangeInfoAsync(market, cancellationToken).ConfigureAwait(false);
        int limit = BinanceEndpoint.MaxKlinesLimit(market);
        long lastOpen = long.MinValue, received = 0;
        long? expected = null;
        bool retriedEmpty = false;
        while (cursor < endMs)
        {
            long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            if (cursor > now) break;
            var (page, builder) = await GetKlinesPageAsync(symbol, interval, market, cursor, endMs, limit, lastOpen, now, cancellationToken).ConfigureAwait(false);
            if (page.RawCount == 0)
            {
                // Binance answers an empty page only when nothing opens in [cursor, end]; a flaky node can too, so ask again,
                // then check whether the range really has nothing more before accepting the end.
                if (!retriedEmpty)
                {
                    retriedEmpty = true;
                    continue;
                }
                await ThrowIfRangeHasLaterCandlesAsync(symbol, interval, market, cursor, endMs, cancellationToken).ConfigureAwait(false);
                break;
            }
            retriedEmpty = false;
            if (page.LastRawOpenMs < cursor)
            {
                throw new BacktestException(ErrorKind.InvalidData,
                    $"Binance answered klines for {symbol} {interval} starting at {CandleSeries.ToUtc(cursor):u} with candles that all open before it; " +
                    "the server ignored startTime.", KlinesPath(market));
            }
            if (builder.Count > 0)
            {
                var series = builder.Build(symbol, market, interval, SourceName(market));
                lastOpen = series.OpenTimeMs[^1];
                received += series.Count;
                expected ??= ExpectedCandles(interval, request.StartTime is null ? series.OpenTimeMs[0] : firstMs, Math.Min(endMs, now));
                progress?.Report(new DownloadProgress(symbol, received, expected, series.EndTime));
                yield return series;
            }
            if (page.HitForming) break;
            long nextOpen = interval.Next(page.LastRawOpenMs);
            if (nextOpen >= endMs || interval.Next(nextOpen) - 1 > now) break; // past the range, or the next candle cannot have closed yet
            cursor = page.LastRawOpenMs + 1;
        }
    }

    /// <summary>The <see cref="CandleSeries.Source"/> / <see cref="ICandleSource.Name"/> of Binance candles of <paramref name="market"/>.</summary>
    public static string SourceName(Market market) => market == Market.UsdMFutures ? "binance-futures" : "binance";

    /// <summary>
    /// One klines request: <c>startTime</c> (if any), <c>endTime</c> = end - 1 (if bounded), <c>limit</c>. Each attempt parses
    /// into a fresh builder, so a retried (e.g. truncated) answer leaves nothing behind.
    /// </summary>
    private Task<(KlinePageSummary Page, CandleSeriesBuilder Candles)> GetKlinesPageAsync(string symbol, Interval interval, Market market,
        long? startMs, long endMs, int limit, long afterOpenMs, long nowMs, CancellationToken cancellationToken)
    {
        var query = new StringBuilder("symbol=").Append(Uri.EscapeDataString(symbol)).Append("&interval=").Append(interval.Name);
        if (startMs is { } start) query.Append("&startTime=").Append(Ms(start));
        if (endMs != long.MaxValue) query.Append("&endTime=").Append(Ms(endMs - 1));
        query.Append("&limit=").Append(limit);
        return _transport.GetAsync(BinanceEndpoint.Klines(market, limit), query.ToString(),
            json =>
            {
                var builder = new CandleSeriesBuilder(limit);
                return (BinanceKlineParser.Parse(json, builder, afterOpenMs, endMs, nowMs), builder);
            }, cancellationToken);
    }

    /// <summary>
    /// After a page came back empty twice: asks for the newest candle opening before the end. If it opens at or after
    /// <paramref name="cursor"/>, the empty page was wrong and accepting it would silently truncate the download.
    /// </summary>
    private async Task ThrowIfRangeHasLaterCandlesAsync(string symbol, Interval interval, Market market, long cursor, long endMs, CancellationToken cancellationToken)
    {
        var (probe, _) = await GetKlinesPageAsync(symbol, interval, market, null, endMs, 1, long.MinValue, long.MaxValue, cancellationToken)
            .ConfigureAwait(false);
        if (probe.RawCount > 0 && probe.LastRawOpenMs >= cursor)
        {
            throw new BacktestException(ErrorKind.InvalidData,
                $"Binance answered an empty klines page for {symbol} {interval} from {CandleSeries.ToUtc(cursor):u} twice, yet it has a candle at " +
                $"{CandleSeries.ToUtc(probe.LastRawOpenMs):u}; stopping instead of returning a truncated series. Try again later.", KlinesPath(market));
        }
    }

    private static long ExpectedCandles(Interval interval, long fromMs, long toMs) =>
        toMs <= fromMs ? 0 : (toMs - fromMs + interval.Milliseconds - 1) / interval.Milliseconds;

    private static string KlinesPath(Market market) => BinanceEndpoint.Klines(market, 1).Path;
}
