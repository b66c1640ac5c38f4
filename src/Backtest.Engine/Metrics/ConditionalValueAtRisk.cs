namespace Backtest.Engine.Metrics;

/// <summary>Historical conditional value at risk (expected shortfall) of the per-bar returns.</summary>
/// <remarks>
/// <para>Formula: the mean of the <c>k + 1</c> smallest per-bar returns with <c>k = ⌊(n − 1) · cutoff⌋</c>
/// (empyrical's <c>conditional_value_at_risk</c>): the average bar among the worst, which for distinct returns equals
/// the mean of the returns at or below <see cref="ValueAtRisk"/>. The 95 % CVaR is cutoff 0.05. Always at or below
/// the VaR of the same cutoff. Reported as a return: −3.4 means the worst 5 % of bars lost 3.4 % on average.</para>
/// <para>Edge policy: no returns → NaN; one return → that return. Expected O(n) by selection.</para>
/// </remarks>
public static class ConditionalValueAtRisk
{
    /// <summary>The mean of the worst <paramref name="cutoff"/> share of <paramref name="returns"/>, as a fraction.</summary>
    /// <exception cref="Errors.BacktestException">The cutoff is outside [0, 1].</exception>
    public static double Historical(ReadOnlySpan<double> returns, double cutoff = 0.05)
    {
        ValueAtRisk.CheckCutoff(cutoff);
        if (returns.IsEmpty) return double.NaN;
        int k = ValueAtRisk.Rank(returns.Length, cutoff).K;
        return FromTail(LowerTail.FindInCopy(returns, k), k);
    }

    /// <summary>The mean of x(0) … x(k).</summary>
    internal static double FromTail(LowerTail tail, int k) => tail.SumThroughK / (k + 1);
}
