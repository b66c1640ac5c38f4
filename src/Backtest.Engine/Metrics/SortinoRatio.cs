namespace Backtest.Engine.Metrics;

/// <summary>Annualised Sortino ratio.</summary>
/// <remarks>
/// <para>Formula: <c>mean(r − rf) / d · √periodsPerYear</c> with the downside deviation
/// <c>d = √(Σ min(r − rf, 0)² / n)</c> over all n per-bar returns (returns above the target count as zero, and the
/// divisor is n, as Sortino defines it and empyrical's <c>sortino_ratio</c>/<c>downside_risk</c> compute it).
/// <c>rf</c> is the per-bar risk-free rate (<see cref="RiskFreeRate.PerPeriod"/>), the target return.</para>
/// <para>Edge policy: fewer than two returns → NaN; no return below the target (d = 0) → +∞ when the mean excess
/// return is positive (empyrical does the same), NaN when it is zero.</para>
/// </remarks>
public static class SortinoRatio
{
    /// <summary>The Sortino ratio of <paramref name="returns"/>.</summary>
    public static double Compute(ReadOnlySpan<double> returns, double periodsPerYear, double riskFreeRatePerYear = 0)
    {
        if (returns.Length < 2) return double.NaN;
        double target = RiskFreeRate.PerPeriod(riskFreeRatePerYear, periodsPerYear);
        double sumExcess = 0, sumDownside = 0;
        foreach (double r in returns)
        {
            double excess = r - target;
            sumExcess += excess;
            // Min instead of a branch: below-target bars are scattered, so a branch would mispredict often.
            double shortfall = Math.Min(excess, 0);
            sumDownside += shortfall * shortfall;
        }
        double mean = sumExcess / returns.Length;
        if (sumDownside == 0) return mean > 0 ? double.PositiveInfinity : double.NaN;
        return mean / Math.Sqrt(sumDownside / returns.Length) * Math.Sqrt(periodsPerYear);
    }
}
