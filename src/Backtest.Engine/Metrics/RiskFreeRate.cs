namespace Backtest.Engine.Metrics;

/// <summary>Converts an annual risk-free rate to the per-bar rate that Sharpe and Sortino subtract from each return.</summary>
public static class RiskFreeRate
{
    /// <summary>
    /// Per-bar rate with compounding: <c>(1 + annual)^(1 / periodsPerYear) − 1</c> (quantstats' convention); exactly 0
    /// for an annual rate of 0.
    /// </summary>
    public static double PerPeriod(double annualRate, double periodsPerYear) =>
        annualRate == 0 ? 0 : Math.Pow(1 + annualRate, 1 / periodsPerYear) - 1;
}
