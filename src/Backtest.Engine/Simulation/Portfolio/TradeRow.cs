using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>A trade as the simulator records it (a struct in a list: no allocation per trade); see <see cref="Trade"/>.</summary>
internal readonly record struct TradeRow(
    int EntryBar, int ExitBar, TradeSide Side, double Quantity, double EntryPrice, double ExitPrice, double EntryFee, double ExitFee, ExitReason Reason, string? EntryTag = null)
{
    /// <summary>Net profit: the price move on the quantity, less both fees.</summary>
    public double Pnl => (int)Side * Quantity * (ExitPrice - EntryPrice) - EntryFee - ExitFee;
}
