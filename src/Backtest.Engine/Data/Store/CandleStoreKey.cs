namespace Backtest.Engine.Data.Store;

/// <summary>
/// Identifies one cached series in a <see cref="CandleStore"/>: where the candles came from, the market, the
/// symbol and the interval. The symbol is kept upper-case so <c>btcusdt</c> and <c>BTCUSDT</c> share a cache;
/// the source name and the interval name are kept as given (<c>1m</c> is a minute, <c>1M</c> a month).
/// </summary>
/// <param name="Source">The <see cref="ICandleSource.Name"/> the candles came from, e.g. <c>binance</c>.</param>
/// <param name="Market">Spot or USD-M futures.</param>
/// <param name="Symbol">The symbol, e.g. <c>BTCUSDT</c> (stored upper-case).</param>
/// <param name="Interval">The candle interval.</param>
public sealed record CandleStoreKey(string Source, Market Market, string Symbol, Interval Interval)
{
    /// <summary>The source name, never empty.</summary>
    public string Source { get; init; } = string.IsNullOrWhiteSpace(Source)
        ? throw new ArgumentException("A cache key needs a source name.", nameof(Source))
        : Source;

    /// <summary>The symbol, upper-case invariant.</summary>
    public string Symbol { get; init; } = string.IsNullOrWhiteSpace(Symbol)
        ? throw new ArgumentException("A cache key needs a symbol.", nameof(Symbol))
        : Symbol.Trim().ToUpperInvariant();

    /// <summary>The candle interval; the default (unnamed) value is refused.</summary>
    public Interval Interval { get; init; } = Interval.Name is null
        ? throw new ArgumentException("A cache key needs an interval.", nameof(Interval))
        : Interval;

    /// <summary>The key under which <paramref name="source"/>'s answer to <paramref name="request"/> is cached.</summary>
    public static CandleStoreKey For(ICandleSource source, CandleRequest request)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        return new CandleStoreKey(source.Name, request.Market, request.Symbol, request.Interval);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}/{Market}/{Symbol}/{Interval}";
}
