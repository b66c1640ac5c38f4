namespace Backtest.Engine.Simulation;

/// <summary>What a liquidation costs: the position is closed at <see cref="Price"/> and pays the clearance fee.</summary>
/// <param name="Price">Close price (the liquidation price, or worse where the bar gapped through it).</param>
/// <param name="Quantity">The position closed (signed: positive long, negative short).</param>
/// <param name="RealizedPnl">Price PnL of the close: <c>q × (Price − entry)</c>.</param>
/// <param name="Fee">Liquidation clearance fee charged: <c>rate × |q| × Price</c>, for isolated capped at what is left of the margin.</param>
/// <param name="Loss">Money lost, positive: <c>Fee − RealizedPnl</c>; for isolated never more than the margin (the
/// exchange's insurance fund takes the rest of a gap through the bankruptcy price).</param>
/// <param name="MarginLeft">Isolated: the margin left after the loss (back to the wallet); cross: 0 (the wallet takes the loss).</param>
public sealed record LiquidationSettlement(double Price, double Quantity, double RealizedPnl, double Fee, double Loss, double MarginLeft);
