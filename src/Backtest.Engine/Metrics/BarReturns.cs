namespace Backtest.Engine.Metrics;

/// <summary>
/// Per-bar simple returns of an equity curve: the series every return-based metric (volatility, Sharpe,
/// Sortino, VaR, CVaR) reads.
/// </summary>
/// <remarks>
/// <para>Formula: <c>r[0] = E[0] / C − 1</c> and <c>r[i] = E[i] / E[i−1] − 1</c>, with <c>C</c> the initial cash and
/// <c>E</c> the equity at each bar's close (fractions, not percent). Simple, not log, returns, as empyrical and
/// quantstats take them.</para>
/// <para>Ruin: a return is measured against the previous value; when that value is zero or negative the account
/// has nothing left to earn on, and the return is defined as 0. The bar that wipes the account out still reports
/// its own loss (−100 % when equity reaches exactly zero).</para>
/// </remarks>
public static class BarReturns
{
    /// <summary>The n returns of n equity values.</summary>
    public static double[] Compute(ReadOnlySpan<double> equity, double initialCash)
    {
        var returns = new double[equity.Length];
        Fill(equity, initialCash, returns);
        return returns;
    }

    /// <summary>Writes the returns into <paramref name="destination"/> (at least as long as <paramref name="equity"/>).</summary>
    public static void Fill(ReadOnlySpan<double> equity, double initialCash, Span<double> destination)
    {
        double previous = initialCash;
        for (int i = 0; i < equity.Length; i++)
        {
            double value = equity[i];
            destination[i] = previous > 0 ? (value / previous) - 1 : 0;
            previous = value;
        }
    }
}
