namespace Backtest.Engine.Data;

/// <summary>
/// One candle, keyed by its UTC open time; it covers <c>[OpenTime, OpenTime + interval)</c>.
/// Row view of a <see cref="CandleSeries"/>; the series stores columns.
/// </summary>
/// <param name="OpenTime">Open time, <see cref="DateTimeKind.Utc"/>.</param>
/// <param name="Open">First trade price.</param>
/// <param name="High">Highest trade price.</param>
/// <param name="Low">Lowest trade price.</param>
/// <param name="Close">Last trade price.</param>
/// <param name="Volume">Base-asset volume.</param>
/// <param name="QuoteVolume">Quote-asset volume, or null when the source did not have it.</param>
/// <param name="Trades">Number of trades, or null when the source did not have it.</param>
/// <param name="Symbol">The symbol, so candles of several symbols can share one pipeline.</param>
/// <param name="Interval">The interval the candle covers.</param>
public sealed record Candle(
    DateTime OpenTime,
    double Open,
    double High,
    double Low,
    double Close,
    double Volume,
    double? QuoteVolume = null,
    long? Trades = null,
    string Symbol = "",
    Interval Interval = default);
