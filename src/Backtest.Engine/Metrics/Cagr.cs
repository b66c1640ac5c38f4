namespace Backtest.Engine.Metrics;

/// <summary>Compound annual growth rate.</summary>
/// <remarks>
/// <para>Formula: <c>((E[n−1] / C)^(1 / years) − 1) · 100</c> with <c>years = n / periodsPerYear</c>: the n bars each
/// cover one bar length (the value path starts at the initial cash C before bar 0). This is empyrical's
/// <c>annual_return</c>/<c>cagr</c>, where <c>years = len(returns) / annualization</c>. Annualisation counts bars,
/// not calendar time, so bars missing from the data (exchange outages) do not stretch the year.</para>
/// <para>Edge policy: final equity at or below zero → −100. Very short runs annualise to extreme values and
/// overflow to +∞ (one 1-minute bar up 1 % compounds 525,600 times).</para>
/// </remarks>
public static class Cagr
{
    /// <summary>CAGR in percent.</summary>
    public static double Pct(double initialCash, double finalEquity, int bars, double periodsPerYear)
    {
        if (bars <= 0) return double.NaN;
        if (finalEquity <= 0) return -100;
        double years = bars / periodsPerYear;
        return (Math.Pow(finalEquity / initialCash, 1 / years) - 1) * 100;
    }
}
