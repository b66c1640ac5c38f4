namespace Backtest.Engine.Simulation;

/// <summary>What an <see cref="IFillModel"/> sees: one order and one bar.</summary>
/// <param name="Type">The order type.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="LimitPrice">Limit price (limit, stop-limit), else NaN.</param>
/// <param name="StopPrice">Stop price (stop-market, stop-limit), else NaN.</param>
/// <param name="Triggered">True for a stop-limit order whose stop already triggered on an earlier bar (it now works as a limit order).</param>
/// <param name="Phase">Decision close or a later bar.</param>
/// <param name="Open">The bar's open.</param>
/// <param name="High">The bar's high.</param>
/// <param name="Low">The bar's low.</param>
/// <param name="Close">The bar's close.</param>
public readonly record struct FillContext(
    OrderType Type, OrderSide Side, double LimitPrice, double StopPrice, bool Triggered, FillPhase Phase,
    double Open, double High, double Low, double Close);
