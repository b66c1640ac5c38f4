namespace Backtest.Engine.Metrics;

/// <summary>Share of winning trades.</summary>
/// <remarks>
/// Formula: <c>count(Pnl &gt; 0) / trades · 100</c>; a break-even trade (Pnl exactly 0) is not a win (backtesting.py
/// counts the same way). Edge policy: no trades → NaN.
/// </remarks>
public static class WinRate
{
    /// <summary>Win rate in percent.</summary>
    public static double Pct(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0) return double.NaN;
        int wins = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            if (trades[i].Pnl > 0) wins++;
        }
        return 100.0 * wins / trades.Count;
    }
}
