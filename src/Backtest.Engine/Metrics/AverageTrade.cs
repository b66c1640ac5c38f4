namespace Backtest.Engine.Metrics;

/// <summary>The average trade as a compounding rate: the geometric mean of the trade returns.</summary>
/// <remarks>
/// <para>Formula: <c>((Π (1 + ReturnPct / 100))^(1 / trades) − 1) · 100</c>, backtesting.py's "Avg. Trade [%]": the
/// constant per-trade return that compounds to the same result. Computed as <c>exp(mean(ln(1 + r)))</c> so long
/// trade lists do not overflow. <see cref="Expectancy.Pct"/> is the arithmetic mean.</para>
/// <para>Edge policy: no trades → NaN; a trade that lost exactly everything (−100 %) → −100; a trade that lost more
/// than everything (a short or leveraged trade below −100 %) → NaN, as the mean is undefined (backtesting.py reports
/// 0 in both cases, which reads like break-even).</para>
/// </remarks>
public static class AverageTrade
{
    /// <summary>Geometric mean trade return in percent.</summary>
    public static double Pct(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        if (trades.Count == 0) return double.NaN;
        double sumLog = 0;
        bool wiped = false;
        for (int i = 0; i < trades.Count; i++)
        {
            double growth = 1 + (trades[i].ReturnPct / 100);
            if (growth < 0) return double.NaN;
            if (growth == 0) wiped = true;
            else sumLog += Math.Log(growth);
        }
        return wiped ? -100 : (Math.Exp(sumLog / trades.Count) - 1) * 100;
    }
}
