namespace Backtest.Engine.Data.Binance;

/// <summary>Which client-side limiter an endpoint draws from.</summary>
internal enum BinanceLimitPool
{
    /// <summary>The IP's request weight, reported in <c>X-MBX-USED-WEIGHT-*</c> headers.</summary>
    RequestWeight,

    /// <summary>The separate 500 requests / 5 minutes that <c>fundingRate</c> and <c>fundingInfo</c> share (no weight header).</summary>
    Funding,
}

/// <summary>
/// One REST endpoint and what a call to it costs. Weights follow Binance's published tables (spot
/// <c>/api/v3</c>, USD-M <c>/fapi/v1</c>); they are what the client budgets before sending, while the server's
/// own count arrives in the response headers.
/// </summary>
internal sealed record BinanceEndpoint(Market Market, string Path, int Weight, BinanceLimitPool Pool = BinanceLimitPool.RequestWeight)
{
    /// <summary>Largest page of klines each market serves.</summary>
    public static int MaxKlinesLimit(Market market) => market == Market.UsdMFutures ? 1500 : 1000;

    /// <summary>Klines: spot weighs 2 per call; futures weigh by the requested limit.</summary>
    public static BinanceEndpoint Klines(Market market, int limit) => market == Market.UsdMFutures
        ? new(market, "/fapi/v1/klines", FuturesKlinesWeight(limit))
        : new(market, "/api/v3/klines", 2);

    /// <summary>exchangeInfo (all symbols): 20 on spot, 1 on futures.</summary>
    public static BinanceEndpoint ExchangeInfo(Market market) => market == Market.UsdMFutures
        ? new(market, "/fapi/v1/exchangeInfo", 1)
        : new(market, "/api/v3/exchangeInfo", 20);

    /// <summary>24h ticker statistics of every symbol: 80 on spot, 40 on futures.</summary>
    public static BinanceEndpoint Ticker24hAll(Market market) => market == Market.UsdMFutures
        ? new(market, "/fapi/v1/ticker/24hr", 40)
        : new(market, "/api/v3/ticker/24hr", 80);

    /// <summary>Funding-rate history; counted against the shared funding request limit, not the weight.</summary>
    public static BinanceEndpoint FundingRate { get; } = new(Market.UsdMFutures, "/fapi/v1/fundingRate", 1, BinanceLimitPool.Funding);

    /// <summary>USD-M klines weight by LIMIT: [1,100) 1, [100,500) 2, [500,1000] 5, above 10.</summary>
    public static int FuturesKlinesWeight(int limit) => limit switch
    {
        < 100 => 1,
        < 500 => 2,
        <= 1000 => 5,
        _ => 10,
    };
}
