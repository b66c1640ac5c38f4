using System.Diagnostics.CodeAnalysis;

namespace Backtest.Engine.Metrics;

/// <summary>
/// The direction of a trade or position. The numeric value is the sign of the position's quantity, so
/// <c>(int)side * (exit - entry)</c> is the per-unit profit before fees.
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long and Short are the trading terms every user knows; they are not the integer types.")]
public enum TradeSide
{
    /// <summary>Bought first, sold to close: profits when the price rises.</summary>
    Long = 1,

    /// <summary>Sold first, bought back to close: profits when the price falls.</summary>
    Short = -1,
}
