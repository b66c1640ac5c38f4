using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One round trip (or a position still open at the end). Prices are fill prices after slippage; fees are both
/// fills' fees; <see cref="Pnl"/> is net of them. An open trade is marked at the last close without an exit fee,
/// and its <see cref="ExitTime"/> is null.
/// </summary>
/// <param name="EntryTime">Open time (UTC) of the bar the entry filled on.</param>
/// <param name="ExitTime">Open time (UTC) of the bar the exit filled on, or null while open.</param>
/// <param name="Symbol">The symbol traded.</param>
/// <param name="Side">Long or short.</param>
/// <param name="Quantity">Base units.</param>
/// <param name="EntryPrice">Entry fill price.</param>
/// <param name="ExitPrice">Exit fill price (the last close for an open trade).</param>
/// <param name="Pnl">Profit or loss in the quote currency, net of fees.</param>
/// <param name="ReturnPct">Pnl as a percentage of the entry value (quantity × entry price): 2.5 means +2.5 %.</param>
/// <param name="Fees">Entry plus exit fees in the quote currency.</param>
/// <param name="EntryBar">Index of the entry fill bar.</param>
/// <param name="ExitBar">Index of the exit fill bar (the last bar for an open trade).</param>
/// <param name="BarsHeld">Exit bar minus entry bar.</param>
/// <param name="ExitReason">Why the trade ended.</param>
/// <param name="EntryTag">The entry order's <see cref="OrderIntent.Tag"/> (e.g. which tier of a hybrid entry filled), or null.</param>
public sealed record Trade(
    DateTime EntryTime, DateTime? ExitTime, string Symbol, TradeSide Side, double Quantity, double EntryPrice, double ExitPrice,
    double Pnl, double ReturnPct, double Fees, int EntryBar, int ExitBar, int BarsHeld, ExitReason ExitReason, string? EntryTag = null)
{
    /// <summary>True while the position is still open.</summary>
    public bool IsOpen => ExitTime is null;
}
