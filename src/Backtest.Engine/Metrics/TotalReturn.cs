namespace Backtest.Engine.Metrics;

/// <summary>Total return over the whole run.</summary>
/// <remarks>
/// Formula: <c>(E[n−1] / C − 1) · 100</c>, with <c>C</c> the initial cash and <c>E[n−1]</c> the equity at the last
/// close. Not annualised. Edge policy: none needed (C is positive); an account that ends below zero reports less
/// than −100 %.
/// </remarks>
public static class TotalReturn
{
    /// <summary>Total return in percent.</summary>
    public static double Pct(double initialCash, double finalEquity) => ((finalEquity / initialCash) - 1) * 100;
}
