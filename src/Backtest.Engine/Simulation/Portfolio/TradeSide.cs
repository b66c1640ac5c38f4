using System.Diagnostics.CodeAnalysis;

namespace Backtest.Engine.Simulation;

/// <summary>The direction of a trade; the numeric value is the sign of the position's quantity.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Long and Short are the trading terms every user knows; they are not the integer types.")]
public enum TradeSide
{
    /// <summary>Bought first, sold to close.</summary>
    Long = 1,

    /// <summary>Sold first, bought back to close.</summary>
    Short = -1,
}
