namespace Backtest.Engine.Simulation;

/// <summary>One position, as an <see cref="IMarginModel"/> sees it.</summary>
/// <param name="Quantity">Signed size in base units (positive long, negative short).</param>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="MarkPrice">Current price; the notional for initial and maintenance margin is <c>|Quantity| × MarkPrice</c>
/// (at entry, the fill price).</param>
/// <param name="IsolatedMargin">Isolated mode: the position's margin (its initial margin plus any added). Unused in cross mode.</param>
/// <param name="WalletBalance">Cross mode: the wallet balance (cash, realised PnL and funding included; no unrealised PnL). Unused in isolated mode.</param>
/// <param name="OtherMaintenanceMargin">Cross mode: maintenance margin of the account's other positions (0 with one symbol).</param>
/// <param name="OtherUnrealizedPnl">Cross mode: unrealised PnL of the account's other positions (0 with one symbol).</param>
public readonly record struct MarginContext(
    double Quantity,
    double EntryPrice,
    double MarkPrice,
    double IsolatedMargin,
    double WalletBalance = 0,
    double OtherMaintenanceMargin = 0,
    double OtherUnrealizedPnl = 0);
