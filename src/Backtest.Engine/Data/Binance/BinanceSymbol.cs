namespace Backtest.Engine.Data.Binance;

/// <summary>A symbol listed in a market's exchangeInfo.</summary>
/// <param name="Symbol">Exchange symbol, e.g. <c>BTCUSDT</c>.</param>
/// <param name="Status">Trading status as Binance reports it: <c>TRADING</c>, <c>BREAK</c>, <c>SETTLING</c>, ...</param>
/// <param name="BaseAsset">Asset bought and sold, e.g. <c>BTC</c>.</param>
/// <param name="QuoteAsset">Asset prices are quoted in, e.g. <c>USDT</c>.</param>
/// <param name="Market">Spot or USD-M futures.</param>
public sealed record BinanceSymbol(string Symbol, string Status, string BaseAsset, string QuoteAsset, Market Market)
{
    /// <summary>True when the symbol currently trades (status <c>TRADING</c>).</summary>
    public bool IsTrading => Status == "TRADING";
}
