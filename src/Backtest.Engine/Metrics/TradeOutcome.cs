namespace Backtest.Engine.Metrics;

/// <summary>
/// One closed trade as the metrics read it: a round trip from the entry fill to the exit fill.
/// </summary>
/// <param name="EntryTime">When the entry filled (UTC).</param>
/// <param name="ExitTime">When the exit filled (UTC); not before <paramref name="EntryTime"/>.</param>
/// <param name="Side">Long or short.</param>
/// <param name="Quantity">Size in base units, positive for both sides.</param>
/// <param name="EntryPrice">Average entry fill price (quote per base unit).</param>
/// <param name="ExitPrice">Average exit fill price (quote per base unit).</param>
/// <param name="Pnl">Profit or loss in quote currency, net of <paramref name="Fees"/>.</param>
/// <param name="ReturnPct">The trade's return in percent (2.5 means +2.5 %), as the simulator defines it (net of fees).</param>
/// <param name="Fees">Fees paid on the entry and exit fills, in quote currency.</param>
/// <param name="BarsHeld">Bars from the entry bar to the exit bar (0 when both fill in the same bar).</param>
public sealed record TradeOutcome(
    DateTime EntryTime,
    DateTime ExitTime,
    TradeSide Side,
    double Quantity,
    double EntryPrice,
    double ExitPrice,
    double Pnl,
    double ReturnPct,
    double Fees,
    int BarsHeld)
{
    /// <summary>Time from the entry fill to the exit fill.</summary>
    public TimeSpan Duration => ExitTime - EntryTime;
}
