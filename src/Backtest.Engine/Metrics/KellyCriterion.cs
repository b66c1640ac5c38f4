namespace Backtest.Engine.Metrics;

/// <summary>The Kelly fraction implied by the trades: the share of capital a bettor with these odds would stake.</summary>
/// <remarks>
/// <para>Formula: <c>W − (1 − W) / R</c> with <c>W</c> the win rate as a fraction (Pnl &gt; 0; break-evens count as
/// non-wins) and the payoff ratio <c>R = mean(winning Pnl) / mean(|losing Pnl|)</c>, backtesting.py's "Kelly
/// Criterion". A fraction, not percent; negative means the trades have no edge.</para>
/// <para>Edge policy: no trades → NaN; no losing trade → W (the loss term vanishes; backtesting.py gives NaN); no
/// winning trade → NaN (the payoff ratio is undefined, as in backtesting.py).</para>
/// </remarks>
public static class KellyCriterion
{
    /// <summary>The Kelly fraction of <paramref name="trades"/>.</summary>
    public static double Fraction(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        int n = trades.Count, wins = 0, losses = 0;
        double won = 0, lost = 0;
        for (int i = 0; i < n; i++)
        {
            double pnl = trades[i].Pnl;
            if (pnl > 0)
            {
                wins++;
                won += pnl;
            }
            else if (pnl < 0)
            {
                losses++;
                lost -= pnl;
            }
        }
        if (n == 0 || wins == 0) return double.NaN;
        double winRate = (double)wins / n;
        if (losses == 0) return winRate;
        double payoff = won / wins / (lost / losses);
        return winRate - ((1 - winRate) / payoff);
    }
}
