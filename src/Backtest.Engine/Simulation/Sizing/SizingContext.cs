namespace Backtest.Engine.Simulation;

/// <summary>What an <see cref="ISizingModel"/> knows when an entry is about to fill.</summary>
/// <param name="Side">Long entries buy, short entries sell.</param>
/// <param name="Price">The expected fill price (after slippage).</param>
/// <param name="Cash">Cash available (after any position closed by the same fill).</param>
/// <param name="Equity">Cash plus the marked value of positions, at the last close.</param>
/// <param name="FeeRate">The fee fraction this fill will pay (taker or maker).</param>
/// <param name="FixedFee">The fixed fee this fill will pay.</param>
/// <param name="StopPrice">The stop-loss price the entry will carry, or NaN without one.</param>
public readonly record struct SizingContext(OrderSide Side, double Price, double Cash, double Equity, double FeeRate, double FixedFee, double StopPrice);

/// <summary>An <see cref="ISizingModel"/>'s answer.</summary>
/// <param name="Quantity">Base units to trade (0 = skip the entry).</param>
/// <param name="SpendsAllCash">
/// True when the quantity is, by construction, all the cash can buy after the fee (all-in). A long entry then
/// leaves exactly zero cash, rather than cash minus a cost that differs from it by rounding.
/// </param>
public readonly record struct SizingDecision(double Quantity, bool SpendsAllCash);
