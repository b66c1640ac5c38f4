namespace Backtest.Engine.Data.Binance;

/// <summary>A symbol's rolling 24-hour statistics, as ranked by <see cref="BinanceClient.GetTopSymbolsAsync"/>.</summary>
/// <param name="Symbol">Exchange symbol, e.g. <c>BTCUSDT</c>.</param>
/// <param name="QuoteVolume">Quote-asset volume over the last 24 hours (e.g. USDT).</param>
/// <param name="Volume">Base-asset volume over the last 24 hours.</param>
/// <param name="LastPrice">Last trade price.</param>
/// <param name="PriceChangePct">Price change over the last 24 hours, in percent.</param>
/// <param name="Market">Spot or USD-M futures.</param>
public sealed record SymbolVolume(string Symbol, double QuoteVolume, double Volume, double LastPrice, double PriceChangePct, Market Market);
