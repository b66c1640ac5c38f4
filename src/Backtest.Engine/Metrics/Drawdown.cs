namespace Backtest.Engine.Metrics;

/// <summary>The drawdown at each bar: how far the equity stands below its running peak.</summary>
/// <remarks>
/// <para>Formula: <c>dd[i] = (1 − E[i] / P[i]) · 100</c> with the running peak <c>P[i] = max(C, E[0], …, E[i])</c>; the
/// initial cash C counts as the first peak, so a loss on bar 0 is a drawdown. A positive depth in percent (12.5 means
/// 12.5 % under the peak); 0 at a new high. backtesting.py's <c>DrawdownPct</c> column is the same fraction.</para>
/// <para>Edge policy: C is positive, so P is positive and the series is always defined; equity at or below zero gives
/// 100 or more.</para>
/// </remarks>
public static class Drawdown
{
    /// <summary>The drawdown series in percent, one value per bar.</summary>
    public static double[] Pct(ReadOnlySpan<double> equity, double initialCash)
    {
        var drawdown = new double[equity.Length];
        double peak = initialCash;
        for (int i = 0; i < equity.Length; i++)
        {
            double value = equity[i];
            if (value > peak) peak = value;
            drawdown[i] = (1 - (value / peak)) * 100;
        }
        return drawdown;
    }
}
