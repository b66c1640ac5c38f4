using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// One limit the exchange enforces: at most <paramref name="Limit"/> units per aligned window of
/// <paramref name="WindowMs"/> milliseconds. <paramref name="UsedHeader"/> names the response header in which the
/// server reports the units used so far in the current window, or is null where it reports none.
/// </summary>
internal sealed record RateLimitRule(long WindowMs, int Limit, string? UsedHeader)
{
    private const long Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    /// <summary>The documented limits when exchangeInfo advertises none: 6000 per minute on spot, 2400 on futures.</summary>
    public static RateLimitRule DefaultWeight(Market market) =>
        FromExchangeInfo("MINUTE", 1, market == Market.UsdMFutures ? 2400 : 6000);

    /// <summary><c>fundingRate</c> and <c>fundingInfo</c> share 500 requests per 5 minutes per IP.</summary>
    public static RateLimitRule Funding { get; } = new(5 * Minute, 500, null);

    /// <summary>
    /// A REQUEST_WEIGHT entry of exchangeInfo's <c>rateLimits</c>; the header is <c>X-MBX-USED-WEIGHT-</c> followed by
    /// intervalNum and the interval's initial (e.g. <c>1M</c>, <c>1S</c>).
    /// </summary>
    public static RateLimitRule FromExchangeInfo(string interval, int intervalNum, int limit)
    {
        long unit = interval switch
        {
            "SECOND" => Second,
            "MINUTE" => Minute,
            "HOUR" => Hour,
            "DAY" => Day,
            _ => throw new BacktestException(ErrorKind.InvalidData,
                $"exchangeInfo rateLimits has interval '{interval}'; expected SECOND, MINUTE, HOUR or DAY.", "exchangeInfo"),
        };
        if (intervalNum <= 0 || limit <= 0)
        {
            throw new BacktestException(ErrorKind.InvalidData,
                $"exchangeInfo rateLimits has intervalNum {intervalNum} and limit {limit}; both must be positive.", "exchangeInfo");
        }
        return new RateLimitRule(unit * intervalNum, limit, $"X-MBX-USED-WEIGHT-{intervalNum}{interval[0]}");
    }
}
