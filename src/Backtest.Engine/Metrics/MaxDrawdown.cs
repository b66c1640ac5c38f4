namespace Backtest.Engine.Metrics;

/// <summary>Maximum drawdown: the largest fall from a running peak, in percent and in quote currency.</summary>
/// <remarks>
/// <para>Formulas, with the running peak <c>P[i] = max(C, E[0], …, E[i])</c> (the initial cash C is the first peak):
/// <c>Pct = max_i (1 − E[i] / P[i]) · 100</c> and <c>Quote = max_i (P[i] − E[i])</c>. Both are positive depths
/// (empyrical and backtesting.py report the same magnitude with a minus sign). The two maxima are found
/// independently: after the account has grown, a smaller percentage fall can be the larger fall in money.</para>
/// <para>Edge policy: a curve that never falls below its peak (monotone, or flat with no trades) → 0; equity at or
/// below zero → 100 % or more.</para>
/// </remarks>
public static class MaxDrawdown
{
    /// <summary>Maximum drawdown in percent of the peak.</summary>
    public static double Pct(ReadOnlySpan<double> equity, double initialCash)
    {
        double peak = initialCash, worst = 0;
        foreach (double value in equity)
        {
            if (value > peak) peak = value;
            double depth = 1 - (value / peak);
            if (depth > worst) worst = depth;
        }
        return worst * 100;
    }

    /// <summary>Maximum drawdown in quote currency.</summary>
    public static double Quote(ReadOnlySpan<double> equity, double initialCash)
    {
        double peak = initialCash, worst = 0;
        foreach (double value in equity)
        {
            if (value > peak) peak = value;
            double fall = peak - value;
            if (fall > worst) worst = fall;
        }
        return worst;
    }
}
