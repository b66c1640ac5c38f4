namespace Backtest.Engine.Metrics;

/// <summary>Historical value at risk of the per-bar returns.</summary>
/// <remarks>
/// <para>Formula: the <c>cutoff</c> quantile of the per-bar simple returns with linear interpolation between order
/// statistics, i.e. <c>x(k) + f · (x(k+1) − x(k))</c> where <c>h = (n − 1) · cutoff</c>, <c>k = ⌊h⌋</c>,
/// <c>f = h − k</c> and <c>x(0) ≤ … ≤ x(n−1)</c> (NumPy's default percentile, empyrical's
/// <c>value_at_risk</c>). The 95 % VaR is cutoff 0.05. Historical, not parametric: quantstats' default assumes normal
/// returns, which understates crypto's fat tails. One bar's horizon, not annualised. Reported as the return itself:
/// −2.1 means the worst 5 % of bars lost 2.1 % or more.</para>
/// <para>Edge policy: no returns → NaN. Expected O(n) by selection rather than sorting.</para>
/// </remarks>
public static class ValueAtRisk
{
    /// <summary>The <paramref name="cutoff"/> quantile of <paramref name="returns"/>, as a fraction.</summary>
    /// <exception cref="Errors.BacktestException">The cutoff is outside [0, 1].</exception>
    public static double Historical(ReadOnlySpan<double> returns, double cutoff = 0.05)
    {
        CheckCutoff(cutoff);
        if (returns.IsEmpty) return double.NaN;
        var (k, fraction) = Rank(returns.Length, cutoff);
        return FromTail(LowerTail.FindInCopy(returns, k), fraction);
    }

    /// <summary>The order statistic <c>k = ⌊(n − 1) · cutoff⌋</c> and the interpolation fraction above it.</summary>
    internal static (int K, double Fraction) Rank(int count, double cutoff)
    {
        double h = (count - 1) * cutoff;
        int k = (int)Math.Floor(h);
        return (k, h - k);
    }

    /// <summary>Interpolates between x(k) and x(k+1).</summary>
    internal static double FromTail(LowerTail tail, double fraction) =>
        fraction == 0 || double.IsNaN(tail.Next) ? tail.Kth : tail.Kth + (fraction * (tail.Next - tail.Kth));

    internal static void CheckCutoff(double cutoff)
    {
        if (!(cutoff >= 0 && cutoff <= 1))
        {
            throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument, $"The VaR cutoff is {cutoff}; expected a fraction from 0 to 1 (0.05 for 95 %).", "cutoff");
        }
    }
}
