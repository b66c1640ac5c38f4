namespace Backtest.Engine.Simulation;

/// <summary>
/// Liquidation price and liquidation cost of a USD-M position in one-way mode, by Binance's published formula
/// ("How to Calculate Liquidation Price of USDⓈ-M Futures Contracts", Binance FAQ, 2020-08-14):
/// <code>LP = (WB − TMM + UPNL + cum − side × Q × EP) / (Q × MMR − side × Q)</code>
/// side +1 long / −1 short, Q = |quantity|, EP = entry price, MMR and cum of the bracket used. Isolated: WB is the
/// position's isolated margin, TMM = UPNL = 0. Cross: WB is the wallet balance, TMM and UPNL the maintenance margin and
/// unrealised PnL of all OTHER positions.
/// </summary>
/// <remarks>
/// <para>Bracket: the one holding the notional at the liquidation price (Binance's FAQ: when the position at the
/// liquidation price is in another bracket than at the entry price, recalculate with that bracket's rate and amount).
/// Margin balance minus maintenance margin, <c>g(P) = WB − TMM + UPNL + side × Q × (P − EP) − MM(Q × P)</c>, is strictly
/// monotonic in P (slope Q × (1 − MMR) for a long, −Q × (1 + MMR) for a short) and continuous across floors (cum is
/// derived so), so it has one root and the bracket is found exactly by the sign of g at each bracket's floor price.</para>
/// <para>Settlement: the position is closed at the given price (the liquidation price, or the bar's open where it gapped
/// through) and pays the clearance fee <c>FuturesSpec.LiquidationFeeRate × Q × price</c>. Isolated: the fee is capped at
/// what is left of the isolated margin and the loss never exceeds that margin (the insurance fund covers the rest).
/// Cross: the fee is not capped; the wallet takes the whole loss.</para>
/// </remarks>
public static class Liquidation
{
    /// <summary>The liquidation price of a position.</summary>
    /// <param name="quantity">Signed position size in base units (positive long, negative short); 0 gives <see cref="LiquidationEstimate.None"/>.</param>
    /// <param name="entryPrice">Average entry price (positive).</param>
    /// <param name="walletBalance">WB: the isolated margin (isolated) or the wallet balance (cross).</param>
    /// <param name="otherMaintenanceMargin">TMM: maintenance margin of the other cross positions (0 for isolated).</param>
    /// <param name="otherUnrealizedPnl">UPNL: unrealised PnL of the other cross positions (0 for isolated).</param>
    /// <param name="brackets">The symbol's bracket table.</param>
    public static LiquidationEstimate Estimate(double quantity, double entryPrice, double walletBalance,
        double otherMaintenanceMargin, double otherUnrealizedPnl, MarginBrackets brackets)
    {
        ArgumentNullException.ThrowIfNull(brackets);
        if (quantity == 0 || !double.IsFinite(quantity)) return LiquidationEstimate.None;
        if (!(entryPrice > 0 && double.IsFinite(entryPrice))) throw new ArgumentOutOfRangeException(nameof(entryPrice), entryPrice, "The entry price must be positive and finite.");
        double side = quantity > 0 ? 1 : -1, q = Math.Abs(quantity);
        double balance = walletBalance - otherMaintenanceMargin + otherUnrealizedPnl;

        int k = brackets.Count - 1;
        for (; k > 0; k--)
        {
            // g at the floor's price; the floor belongs to bracket k, whose MM there is floor × rate − cum.
            double floor = brackets.Floor(k);
            double g = balance + side * (floor - q * entryPrice) - (floor * brackets.Rate(k) - brackets.MaintenanceAmount(k));
            if (side > 0 ? g <= 0 : g >= 0) break;
        }
        double rate = brackets.Rate(k), cum = brackets.MaintenanceAmount(k);
        double price = (balance + cum - side * q * entryPrice) / (q * rate - side * q);
        if (side > 0 && !(price > 0)) return LiquidationEstimate.None;
        return new LiquidationEstimate(price, k, rate, cum, q * price * rate - cum);
    }

    /// <summary>The liquidation price of an isolated position: <see cref="Estimate"/> with WB = its margin, TMM = UPNL = 0.</summary>
    /// <param name="quantity">Signed position size (positive long, negative short).</param>
    /// <param name="entryPrice">Average entry price.</param>
    /// <param name="isolatedMargin">The position's isolated margin (initial margin plus any margin added).</param>
    /// <param name="brackets">The symbol's bracket table.</param>
    public static LiquidationEstimate Isolated(double quantity, double entryPrice, double isolatedMargin, MarginBrackets brackets) =>
        Estimate(quantity, entryPrice, isolatedMargin, 0, 0, brackets);

    /// <summary>Closes an isolated position by liquidation at <paramref name="price"/>.</summary>
    /// <param name="quantity">Signed position size.</param>
    /// <param name="entryPrice">Average entry price.</param>
    /// <param name="price">Close price (normally the liquidation price).</param>
    /// <param name="isolatedMargin">The position's isolated margin; the loss never exceeds it.</param>
    /// <param name="feeRate">Clearance fee rate (<see cref="FuturesSpec.LiquidationFeeRate"/>).</param>
    public static LiquidationSettlement SettleIsolated(double quantity, double entryPrice, double price, double isolatedMargin, double feeRate)
    {
        double pnl = quantity * (price - entryPrice);
        double left = Math.Max(0, isolatedMargin + pnl);
        double fee = Math.Min(feeRate * Math.Abs(quantity) * price, left);
        double loss = Math.Min(isolatedMargin, fee - pnl);
        return new LiquidationSettlement(price, quantity, pnl, fee, loss, isolatedMargin - loss);
    }

    /// <summary>Closes a cross position by liquidation at <paramref name="price"/>; the wallet takes the whole loss.</summary>
    /// <param name="quantity">Signed position size.</param>
    /// <param name="entryPrice">Average entry price.</param>
    /// <param name="price">Close price (normally the liquidation price).</param>
    /// <param name="feeRate">Clearance fee rate (<see cref="FuturesSpec.LiquidationFeeRate"/>).</param>
    public static LiquidationSettlement SettleCross(double quantity, double entryPrice, double price, double feeRate)
    {
        double pnl = quantity * (price - entryPrice);
        double fee = feeRate * Math.Abs(quantity) * price;
        return new LiquidationSettlement(price, quantity, pnl, fee, fee - pnl, 0);
    }
}
