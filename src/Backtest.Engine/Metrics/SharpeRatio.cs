namespace Backtest.Engine.Metrics;

/// <summary>Annualised Sharpe ratio.</summary>
/// <remarks>
/// <para>Formula: <c>mean(r − rf) / s · √periodsPerYear</c>, with <c>r</c> the per-bar simple returns
/// (<see cref="BarReturns"/>), <c>rf</c> the per-bar risk-free rate (<see cref="RiskFreeRate.PerPeriod"/>, 0 by
/// default) and <c>s</c> their sample standard deviation (n − 1). This is the standard definition and empyrical's
/// <c>sharpe_ratio</c>. backtesting.py differs on purpose: it divides a geometric annualised return by a compounded
/// volatility of daily-resampled returns, so its Sharpe is not comparable to this one.</para>
/// <para>Edge policy: fewer than two returns → NaN; zero standard deviation (a flat curve, e.g. no trades) → NaN,
/// compared exactly, with no tolerance.</para>
/// </remarks>
public static class SharpeRatio
{
    /// <summary>The Sharpe ratio of <paramref name="returns"/>.</summary>
    public static double Compute(ReadOnlySpan<double> returns, double periodsPerYear, double riskFreeRatePerYear = 0)
    {
        double mean = SampleMoments.Mean(returns);
        return FromMoments(mean, SampleMoments.StdDev(returns, mean), periodsPerYear, riskFreeRatePerYear);
    }

    /// <summary>The Sharpe ratio from the returns' mean and sample standard deviation (NaN for fewer than two returns).</summary>
    internal static double FromMoments(double mean, double sd, double periodsPerYear, double riskFreeRatePerYear)
    {
        if (double.IsNaN(sd) || sd == 0) return double.NaN;
        return (mean - RiskFreeRate.PerPeriod(riskFreeRatePerYear, periodsPerYear)) / sd * Math.Sqrt(periodsPerYear);
    }
}
