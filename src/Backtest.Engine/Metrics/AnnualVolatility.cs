namespace Backtest.Engine.Metrics;

/// <summary>Annualised volatility of the per-bar returns.</summary>
/// <remarks>
/// <para>Formula: <c>s · √periodsPerYear · 100</c>, with <c>s</c> the sample standard deviation (n − 1) of the
/// per-bar simple returns (<see cref="BarReturns"/>). Same as empyrical's <c>annual_volatility</c>; backtesting.py
/// instead compounds daily-resampled returns, so its figure differs.</para>
/// <para>Edge policy: fewer than two returns → NaN; a flat curve → 0.</para>
/// </remarks>
public static class AnnualVolatility
{
    /// <summary>Annualised volatility in percent.</summary>
    public static double Pct(ReadOnlySpan<double> returns, double periodsPerYear) =>
        FromStdDev(SampleMoments.StdDev(returns, SampleMoments.Mean(returns)), periodsPerYear);

    /// <summary>Annualises a per-bar sample standard deviation, in percent.</summary>
    internal static double FromStdDev(double sd, double periodsPerYear) => sd * Math.Sqrt(periodsPerYear) * 100;
}
