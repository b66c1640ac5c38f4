namespace Backtest.Engine.Data;

/// <summary>Which market a series belongs to.</summary>
public enum Market
{
    /// <summary>Binance spot.</summary>
    Spot = 0,

    /// <summary>Binance USD-M perpetual futures.</summary>
    UsdMFutures = 1,
}
