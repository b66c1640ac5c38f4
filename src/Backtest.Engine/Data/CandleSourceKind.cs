namespace Backtest.Engine.Data;

/// <summary>Where <see cref="CandleLoader"/> gets candles from.</summary>
public enum CandleSourceKind
{
    /// <summary>The seeded synthetic market (offline; every output says it is synthetic).</summary>
    Sample = 0,

    /// <summary>Binance spot REST, through the local cache unless told otherwise.</summary>
    Binance = 1,

    /// <summary>Binance USD-M perpetual futures REST, through the local cache unless told otherwise.</summary>
    BinanceFutures = 2,

    /// <summary>Files: Binance layout, generic OHLCV, Binance public dumps; .gz and .zip.</summary>
    Csv = 3,
}
