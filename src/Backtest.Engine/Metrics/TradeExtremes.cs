namespace Backtest.Engine.Metrics;

/// <summary>The best and the worst trade by return.</summary>
/// <remarks>Formulas: <c>max(ReturnPct)</c> and <c>min(ReturnPct)</c>. Edge policy: no trades → NaN.</remarks>
public static class TradeExtremes
{
    /// <summary>Highest trade return in percent.</summary>
    public static double BestPct(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        double best = double.NaN;
        for (int i = 0; i < trades.Count; i++)
        {
            double r = trades[i].ReturnPct;
            if (i == 0 || r > best) best = r;
        }
        return best;
    }

    /// <summary>Lowest trade return in percent.</summary>
    public static double WorstPct(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        double worst = double.NaN;
        for (int i = 0; i < trades.Count; i++)
        {
            double r = trades[i].ReturnPct;
            if (i == 0 || r < worst) worst = r;
        }
        return worst;
    }
}
