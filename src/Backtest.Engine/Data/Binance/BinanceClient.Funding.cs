using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

public sealed partial class BinanceClient
{
    private const int FundingPageLimit = 1000;

    /// <summary>
    /// Funding-rate history of a USD-M perpetual from <c>/fapi/v1/fundingRate</c>, paginated 1000 records at a time,
    /// ascending, with funding times in <c>[start, end)</c>. A null start means from the first record; a null end, up to now.
    /// </summary>
    /// <exception cref="BacktestException">Unknown symbol, network, rate-limit, ban or unreadable data; the message says which.</exception>
    public async Task<IReadOnlyList<FundingRate>> GetFundingRatesAsync(string symbol, DateTime? start, DateTime? end, CancellationToken cancellationToken = default)
    {
        var listed = await ValidateSymbolAsync(symbol, Market.UsdMFutures, cancellationToken).ConfigureAwait(false);
        long cursor = start is { } s ? Math.Max(0, CandleSeries.ToEpochMs(s)) : 0;
        long endMs = end is { } e ? CandleSeries.ToEpochMs(e) : long.MaxValue;
        var result = new List<FundingRate>();
        long lastMs = long.MinValue;
        while (cursor < endMs)
        {
            string query = $"symbol={Uri.EscapeDataString(listed.Symbol)}&startTime={Ms(cursor)}" +
                (endMs == long.MaxValue ? "" : $"&endTime={Ms(endMs - 1)}") + $"&limit={FundingPageLimit}";
            var page = await _transport.GetAsync(BinanceEndpoint.FundingRate, query, BinanceFundingParser.Parse, cancellationToken).ConfigureAwait(false);
            foreach (var rate in page)
            {
                long ms = CandleSeries.ToEpochMs(rate.FundingTime);
                if (ms <= lastMs || ms < cursor || ms >= endMs) continue;
                result.Add(rate);
                lastMs = ms;
            }
            if (page.Count < FundingPageLimit) break;
            long pageLast = CandleSeries.ToEpochMs(page[^1].FundingTime);
            if (pageLast < cursor)
            {
                throw new BacktestException(ErrorKind.InvalidData,
                    $"Binance answered fundingRate for {listed.Symbol} from {CandleSeries.ToUtc(cursor):u} with records that all precede it; the server ignored startTime.",
                    BinanceEndpoint.FundingRate.Path);
            }
            cursor = pageLast + 1;
        }
        return result;
    }
}
