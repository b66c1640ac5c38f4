using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// Values asserted by empyrical's own test suite (quantopian/empyrical, <c>empyrical/tests/test_stats.py</c>, and the
/// VaR/CVaR tests of its successor empyrical-reloaded), reproduced through our API with empyrical's daily
/// annualisation of 252. Where empyrical's series start with NaN, its functions either skip it (Sharpe, volatility,
/// Sortino: 8 returns) or treat it as 0 (annual return, Calmar: 9 returns); each case builds the matching input.
/// </summary>
public class EmpyricalReferenceTests
{
    private const double Daily = 252;

    // empyrical: mixed_returns = [nan, 1, 10, -4, 2, 3, 2, 1, -10] %, daily.
    private static readonly double[] Mixed = [0.01, 0.10, -0.04, 0.02, 0.03, 0.02, 0.01, -0.10];
    private static readonly double[] MixedWithLeadingZero = [0, .. Mixed];

    // empyrical: negative_returns and positive_returns, daily.
    private static readonly double[] Negative = [0, -0.06, -0.07, -0.01, -0.09, -0.02, -0.06, -0.08, -0.05];
    private static readonly double[] Positive = [0.01, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01];

    // empyrical: weekly_returns / monthly_returns share these values.
    private static readonly double[] Weekly = [0, 0.01, 0.10, -0.04, 0.02, 0.03, 0.02, 0.01, -0.10];

    private static PerformanceMetrics FromReturns(double[] returns, double periodsPerYear) =>
        PerformanceCalculator.Compute(MetricsCases.Input(100, MetricsCases.EquityFromReturns(100, returns)) with { PeriodsPerYear = periodsPerYear });

    [Fact]
    public void MixedReturns_SharpeVolatilitySortino_MatchEmpyrical()
    {
        Near.Equal(1.7238613961706866, SharpeRatio.Compute(Mixed, Daily), what: "sharpe_ratio");
        Near.Equal(0.9136465399704637 * 100, AnnualVolatility.Pct(Mixed, Daily), what: "annual_volatility");
        Near.Equal(2.605531251673693, SortinoRatio.Compute(Mixed, Daily), what: "sortino_ratio");

        // Through the equity curve the returns are recovered from products, so allow for rounding.
        var m = FromReturns(Mixed, Daily);
        Near.Equal(1.7238613961706866, m.SharpeRatio, 1e-12, what: "sharpe via equity");
        Near.Equal(91.36465399704637, m.AnnualVolatilityPct, 1e-12, what: "volatility via equity");
        Near.Equal(2.605531251673693, m.SortinoRatio, 1e-12, what: "sortino via equity");
    }

    [Fact]
    public void MixedReturns_AnnualReturnCalmarMaxDrawdown_MatchEmpyrical()
    {
        var m = FromReturns(MixedWithLeadingZero, Daily);
        Near.Equal(1.9135925373194231 * 100, m.CagrPct, 1e-12, what: "annual_return");
        Near.Equal(19.135925373194233, m.CalmarRatio, 1e-12, what: "calmar_ratio");
        Near.Equal(10, m.MaxDrawdownPct, 1e-12, what: "max_drawdown");
    }

    [Fact]
    public void NegativeAndPositiveReturns_MatchEmpyrical()
    {
        Near.Equal(-24.406808633910085, SharpeRatio.Compute(Negative, Daily), what: "negative sharpe");
        Near.Equal(-13.532743075043401, SortinoRatio.Compute(Negative, Daily), what: "negative sortino");
        Near.Equal(36.590730349873601, FromReturns(Negative, Daily).MaxDrawdownPct, 1e-12, what: "negative max_drawdown");

        Near.Equal(52.915026221291804, SharpeRatio.Compute(Positive, Daily), what: "positive sharpe");
        Assert.Equal(double.PositiveInfinity, SortinoRatio.Compute(Positive, Daily));
        Assert.Equal(0, FromReturns(Positive, Daily).MaxDrawdownPct);
    }

    [Fact]
    public void WeeklyAndMonthlyReturns_AnnualReturnAndVolatility_MatchEmpyrical()
    {
        var weekly = FromReturns(Weekly, 52);
        Near.Equal(0.24690830513998208 * 100, weekly.CagrPct, 1e-12, what: "weekly annual_return");
        Near.Equal(0.38851569394870583 * 100, weekly.AnnualVolatilityPct, 1e-12, what: "weekly annual_volatility");

        var monthly = FromReturns(Weekly, 12);
        Near.Equal(0.052242061386048144 * 100, monthly.CagrPct, 1e-12, what: "monthly annual_return");
        Near.Equal(0.18663690238892558 * 100, monthly.AnnualVolatilityPct, 1e-12, what: "monthly annual_volatility");
    }

    [Fact]
    public void OneReturnAndSmallSeries_MatchEmpyrical()
    {
        var one = FromReturns([0.01], Daily);
        Assert.True(double.IsNaN(one.SharpeRatio));
        Near.Equal(11.274002099240244 * 100, one.CagrPct, 1e-12, what: "cagr of one 1% day");
        Near.Equal(10, FromReturns([0.10, -0.10, 0.10], Daily).MaxDrawdownPct, 1e-12, what: "[10, -10, 10] max_drawdown");
        Assert.Equal(0, FromReturns([0, 0.01, 0, 0.01, 0, 0.01, 0, 0.01, 0], Daily).MaxDrawdownPct);
        Assert.Equal(0, AnnualVolatility.Pct([0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01], Daily));
    }

    [Fact]
    public void SimpleBenchmark_MonthlyAggregation_MatchesEmpyrical()
    {
        // empyrical aggregate_returns(simple_benchmark, 'monthly') == [0.01, 0.030301] for daily bars from 2000-01-30.
        double[] returns = [0, 0.01, 0, 0.01, 0, 0.01, 0, 0.01, 0];
        var start = new DateTime(2000, 1, 30, 0, 0, 0, DateTimeKind.Utc);
        var input = new PerformanceInput(MetricsCases.EquityFromReturns(100, returns), MetricsCases.Times(9, Interval.OneDay, start), Interval.OneDay, 100, []);
        var table = PerformanceCalculator.MonthlyReturns(input);
        Assert.Equal([(2000, 1), (2000, 2)], table.Select(r => (r.Year, r.Month)));
        Near.Equal(1, table[0].ReturnPct, 1e-12, what: "January");
        Near.Equal(0.030301 * 100, table[1].ReturnPct, 1e-12, what: "February");
    }

    [Fact]
    public void ValueAtRisk_MatchesEmpyricalCutoffs()
    {
        Assert.Equal(1.0, ValueAtRisk.Historical([1.0, 2.0], 0.0), 12);
        Assert.Equal(1.3, ValueAtRisk.Historical([1.0, 2.0], 0.3), 12);
        Assert.Equal(2.0, ValueAtRisk.Historical([1.0, 2.0], 1.0), 12);
        double[] returns = [1, 81, 82, 83, 84, 85];
        Assert.Equal(41, ValueAtRisk.Historical(returns, 0.1), 12);
        Assert.Equal(81, ValueAtRisk.Historical(returns, 0.2), 12);
        Assert.Equal(81.5, ValueAtRisk.Historical(returns, 0.3), 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.0499)]
    [InlineData(0.05)]
    [InlineData(0.20)]
    [InlineData(0.999)]
    [InlineData(1.0)]
    public void ConditionalValueAtRisk_IsMeanAtOrBelowVar_AsEmpyricalTests(double cutoff)
    {
        // empyrical-reloaded's oracle on 21 normal returns: CVaR == mean(returns[returns <= VaR]).
        var random = new Random(1337);
        double[] returns = Enumerable.Range(0, 21).Select(_ => NormalSample(random) * 0.02).ToArray();
        Near.Equal(NaiveMetrics.Percentile(returns, cutoff), ValueAtRisk.Historical(returns, cutoff), 1e-12, what: "VaR");
        Near.Equal(NaiveMetrics.ExpectedShortfall(returns, cutoff), ConditionalValueAtRisk.Historical(returns, cutoff), 1e-12, what: "CVaR");
    }

    [Fact]
    public void ConditionalValueAtRisk_SingleValue_IsThatValue()
    {
        Assert.Equal(-0.013, ConditionalValueAtRisk.Historical([-0.013], 0));
        Assert.Equal(-0.013, ConditionalValueAtRisk.Historical([-0.013], 1));
    }

    private static double NormalSample(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
