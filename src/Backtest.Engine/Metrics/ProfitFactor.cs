namespace Backtest.Engine.Metrics;

/// <summary>Gross profit over gross loss.</summary>
/// <remarks>
/// <para>Formula: <c>Σ Pnl⁺ / |Σ Pnl⁻|</c> over the trades' net PnL in quote currency, the usual definition
/// (TradingView, freqtrade). backtesting.py divides sums of trade return percentages instead, which weighs a small
/// trade like a large one.</para>
/// <para>Edge policy: no trades → NaN; no losing trade → +∞ when there is a profit (so sorting by profit factor puts
/// loss-free runs first), NaN when every trade broke even. Serialisers must allow named floating-point literals.</para>
/// </remarks>
public static class ProfitFactor
{
    /// <summary>The profit factor of <paramref name="trades"/>.</summary>
    public static double Compute(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0) return double.NaN;
        double profit = 0, loss = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            double pnl = trades[i].Pnl;
            if (pnl > 0) profit += pnl;
            else loss -= pnl;
        }
        if (loss == 0) return profit > 0 ? double.PositiveInfinity : double.NaN;
        return profit / loss;
    }
}
