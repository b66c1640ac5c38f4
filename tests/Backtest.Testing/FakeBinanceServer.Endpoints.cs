using System.Globalization;
using System.Text;
using Backtest.Engine.Data;
using Microsoft.AspNetCore.Http;

namespace Backtest.Testing;

public sealed partial class FakeBinanceServer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Binance's published weights: spot klines 2; futures klines by limit; exchangeInfo 20/1; all tickers 80/40.</summary>
    private static int Weight(string path, IQueryCollection query) => path switch
    {
        "/api/v3/klines" => 2,
        "/fapi/v1/klines" => Limit(query, 1500) switch { < 100 => 1, < 500 => 2, <= 1000 => 5, _ => 10 },
        "/api/v3/exchangeInfo" => 20,
        "/api/v3/ticker/24hr" => query.ContainsKey("symbol") ? 2 : 80,
        "/fapi/v1/ticker/24hr" => query.ContainsKey("symbol") ? 1 : 40,
        _ => 1,
    };

    private (int Status, string Body) Route(Market market, string path, IQueryCollection query, long now, long? startTime) => path switch
    {
        "/api/v3/time" or "/fapi/v1/time" => (200, "{\"serverTime\":" + now.ToString(Inv) + "}"),
        "/api/v3/exchangeInfo" or "/fapi/v1/exchangeInfo" => (200, ExchangeInfo(market, now)),
        "/api/v3/ticker/24hr" or "/fapi/v1/ticker/24hr" => (200, Tickers(market, now)),
        "/api/v3/klines" or "/fapi/v1/klines" => Klines(market, path, query, now, startTime),
        "/fapi/v1/fundingRate" => Funding(query, now),
        _ => (404, """{"code":-1000,"msg":"Unknown endpoint."}"""),
    };

    private string ExchangeInfo(Market market, long now)
    {
        var rule = Ledger(market).Rule;
        var sb = new StringBuilder();
        sb.Append(Inv, $$"""{"timezone":"UTC","serverTime":{{now}},"rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"{{rule.Interval}}","intervalNum":{{rule.IntervalNum}},"limit":{{rule.Limit}}""").Append("},");
        sb.Append("""{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":100},{"rateLimitType":"RAW_REQUESTS","interval":"MINUTE","intervalNum":5,"limit":61000}],"exchangeFilters":[],"symbols":[""");
        var symbols = Catalog.Symbols(market);
        for (int i = 0; i < symbols.Count; i++)
        {
            var s = symbols[i];
            if (i > 0) sb.Append(',');
            sb.Append(Inv, $$"""{"symbol":"{{s.Symbol}}","status":"{{s.Status}}","baseAsset":"{{s.BaseAsset}}","baseAssetPrecision":8,"quoteAsset":"{{s.QuoteAsset}}","quotePrecision":8,""");
            sb.Append(market == Market.UsdMFutures ? """ "contractType":"PERPETUAL","marginAsset":"USDT",""" : """ "isSpotTradingAllowed":true,"permissions":["SPOT"],""");
            sb.Append(""" "orderTypes":["LIMIT","MARKET"],"filters":[{"filterType":"PRICE_FILTER","minPrice":"0.01000000","maxPrice":"1000000.00000000","tickSize":"0.01000000"}]}""");
        }
        return sb.Append("]}").ToString();
    }

    private static string Tickers(Market market, long now)
    {
        var sb = new StringBuilder("[");
        var symbols = Catalog.Symbols(market);
        for (int i = 0; i < symbols.Count; i++)
        {
            var s = symbols[i];
            if (i > 0) sb.Append(',');
            sb.Append(Inv, $$"""{"symbol":"{{s.Symbol}}","priceChangePercent":"{{s.PriceChangePct:R}}","lastPrice":"{{s.LastPrice:R}}","volume":"{{s.Volume:R}}",""");
            sb.Append(Inv, $$""" "quoteVolume":"{{s.QuoteVolume:R}}","openTime":{{now - 86_400_000}},"closeTime":{{now}},"count":1000}""");
        }
        return sb.Append(']').ToString();
    }

    private (int, string) Klines(Market market, string path, IQueryCollection query, long now, long? startTime)
    {
        string symbol = query["symbol"].ToString();
        if (symbol.Length == 0) return (400, """{"code":-1102,"msg":"Mandatory parameter 'symbol' was not sent, was empty/null, or malformed."}""");
        if (!Catalog.Symbols(market).Any(s => s.Symbol == symbol)) return (400, """{"code":-1121,"msg":"Invalid symbol."}""");
        string intervalName = query["interval"].ToString();
        if (!Interval.Names.Contains(intervalName)) return (400, """{"code":-1120,"msg":"Invalid interval."}""");
        long intervalMs = Interval.Parse(intervalName).Milliseconds;
        var candles = Catalog.Candles(market, symbol, intervalName);
        int limit = Limit(query, market == Market.UsdMFutures ? 1500 : 1000);
        var sb = new StringBuilder("[");
        if (candles is not null && Failures.TryFire(FakeFailure.EmptyKlinesPage, path, startTime) is null)
        {
            long endTime = Math.Min(long.TryParse(query["endTime"], out long e) ? e : long.MaxValue, now); // candles not yet open do not exist
            int hi = candles.LowerBound(endTime == long.MaxValue ? endTime : endTime + 1);
            int lo = startTime is { } start ? candles.LowerBound(start) : Math.Max(0, hi - limit);
            hi = Math.Min(hi, lo + limit);
            bool spot = market == Market.Spot;
            for (int i = lo; i < hi; i++)
            {
                string[] f = candles.Text[i];
                if (i > lo) sb.Append(',');
                long open = candles.OpenTime[i];
                sb.Append(Inv, $"[{open},\"{Dec(f[1], spot)}\",\"{Dec(f[2], spot)}\",\"{Dec(f[3], spot)}\",\"{Dec(f[4], spot)}\",\"{Dec(f[5], spot)}\",{open + intervalMs - 1},");
                sb.Append(f[6].Length == 0 ? "null" : $"\"{Dec(f[6], spot)}\"").Append(',').Append(f[7].Length == 0 ? "null" : f[7]);
                sb.Append(",\"0\",\"0\",\"0\"]");
            }
        }
        return (200, sb.Append(']').ToString());
    }

    private static (int, string) Funding(IQueryCollection query, long now)
    {
        string symbol = query["symbol"].ToString();
        if (!Catalog.Futures.Any(s => s.Symbol == symbol)) return (400, """{"code":-1121,"msg":"Invalid symbol."}""");
        var funding = FakeBinanceCatalog.Funding(symbol);
        int limit = Limit(query, 1000);
        var sb = new StringBuilder("[");
        if (funding is not null)
        {
            long start = long.TryParse(query["startTime"], out long s) ? s : long.MinValue;
            long end = Math.Min(long.TryParse(query["endTime"], out long e) ? e : long.MaxValue, now);
            int lo = Array.BinarySearch(funding.FundingTime, start);
            lo = lo >= 0 ? lo : ~lo;
            for (int i = lo, n = 0; i < funding.Count && funding.FundingTime[i] <= end && n < limit; i++, n++)
            {
                if (n > 0) sb.Append(',');
                sb.Append(Inv, $$"""{"symbol":"{{symbol}}","fundingTime":{{funding.FundingTime[i]}},"fundingRate":"{{funding.RateText[i]}}","markPrice":""}""");
            }
        }
        return (200, sb.Append(']').ToString());
    }

    private static int Limit(IQueryCollection query, int max) =>
        int.TryParse(query["limit"], NumberStyles.None, Inv, out int limit) && limit > 0 ? Math.Min(limit, max) : Math.Min(500, max);

    /// <summary>Spot sends 8 decimals ("4261.48000000"); the file keeps trimmed text, so pad it. Futures text is sent as is.</summary>
    private static string Dec(string text, bool spot)
    {
        if (!spot) return text;
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return text + ".00000000";
        int decimals = text.Length - dot - 1;
        return decimals >= 8 ? text : text + new string('0', 8 - decimals);
    }
}
