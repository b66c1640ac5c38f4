namespace Backtest.Engine.Data.Binance;

/// <summary>One settled funding payment of a USD-M perpetual.</summary>
/// <param name="FundingTime">When the rate was applied (UTC; Binance stamps a few ms after 00:00/08:00/16:00).</param>
/// <param name="Symbol">Exchange symbol, e.g. <c>BTCUSDT</c>.</param>
/// <param name="Rate">Funding rate as a fraction of notional per funding interval; positive means longs pay shorts.</param>
/// <param name="MarkPrice">Mark price at the funding time, or null where Binance did not report it (older records).</param>
public sealed record FundingRate(DateTime FundingTime, string Symbol, double Rate, double? MarkPrice);
