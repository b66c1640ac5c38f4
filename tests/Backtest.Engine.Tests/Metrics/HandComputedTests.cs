using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// A six-bar daily run small enough to work out on paper. Cash 1000; equity at the closes of the bars opening
/// 2024-01-30 .. 2024-02-04: 1000, 1100, 990, 1089, 1197.9, 1197.9; returns 0, +10 %, −10 %, +10 %, +10 %, 0.
/// Three trades: long +100 (+10 %, 2 days), short −110 (−10 %, 1 day), long +207.9 (+21 %, 2 days).
/// </summary>
public class HandComputedTests
{
    private static readonly double[] Equity = [1000, 1100, 990, 1089, 1197.9, 1197.9];

    private static readonly TradeOutcome[] Trades =
    [
        MetricsCases.Trade(MetricsCases.Start, MetricsCases.Start.AddDays(2), 100, 10),
        MetricsCases.Trade(MetricsCases.Start.AddDays(2), MetricsCases.Start.AddDays(3), -110, -10, TradeSide.Short),
        MetricsCases.Trade(MetricsCases.Start.AddDays(3), MetricsCases.Start.AddDays(5), 207.9, 21),
    ];

    private static PerformanceInput Input => MetricsCases.Input(1000, Equity, trades: Trades) with
    {
        BarsInMarket = 5,
        BuyAndHoldReturnPct = 12.5,
        FeesPaid = 0.6,
        AmbiguousBars = 1,
    };

    [Fact]
    public void ReturnMetrics_MatchHandCalculation()
    {
        var m = PerformanceCalculator.Compute(Input);
        Near.Equal(19.79, m.TotalReturnPct, 1e-12, what: "total return");
        Near.Equal((Math.Pow(1.1979, 365.0 / 6) - 1) * 100, m.CagrPct, 1e-12, what: "CAGR over 6 of 365 days");
        // mean 1/30; squared deviations (1+4+16+4+4+1)/900 = 1/30, over n−1 = 5: variance 1/150.
        Near.Equal(Math.Sqrt(365.0 / 150) * 100, m.AnnualVolatilityPct, 1e-12, what: "volatility");
        Near.Equal(Math.Sqrt(150.0 * 365) / 30, m.SharpeRatio, 1e-12, what: "Sharpe = (1/30)/√(1/150)·√365");
        // Downside: only −0.1 → √(0.01/6); Sortino = (1/30)/(0.1/√6)·√365 = √(6·365)/3.
        Near.Equal(Math.Sqrt(6.0 * 365) / 3, m.SortinoRatio, 1e-12, what: "Sortino");
        Near.Equal(m.CagrPct / 10, m.CalmarRatio, 1e-12, what: "Calmar = CAGR / 10 %");
        // Sorted returns −0.1, 0, 0, .1, .1, .1; h = 5·0.05 = 0.25 → −0.1 + 0.25·0.1.
        Near.Equal(-7.5, m.ValueAtRisk95Pct, 1e-12, what: "VaR 95");
        Near.Equal(-10, m.ConditionalValueAtRisk95Pct, 1e-12, what: "CVaR 95: the single worst bar");
        Assert.Equal(1197.9, m.FinalEquity);
        Assert.Equal(1197.9, m.PeakEquity);
        Assert.Equal(6, m.Bars);
        Assert.Equal(365, m.PeriodsPerYear);
    }

    [Fact]
    public void DrawdownMetrics_MatchHandCalculation()
    {
        var m = PerformanceCalculator.Compute(Input);
        // Peak 1100 at the close of 2024-01-31's bar; 990 is 10 % (110) below; 1197.9 regains it at the close of
        // 2024-02-03's bar: three days, three bars.
        Near.Equal(10, m.MaxDrawdownPct, 1e-12, what: "max drawdown %");
        Near.Equal(110, m.MaxDrawdownQuote, 1e-12, what: "max drawdown quote");
        Assert.Equal(TimeSpan.FromDays(3), m.MaxDrawdownDuration);
        Assert.Equal(3, m.MaxDrawdownBars);
        Near.Equal(10, m.AverageDrawdownPct, 1e-12, what: "average drawdown");
        Assert.Equal(TimeSpan.FromDays(3), m.AverageDrawdownDuration);

        var series = PerformanceCalculator.DrawdownPct(Input);
        double[] expected = [0, 0, 10, 1, 0, 0];
        for (int i = 0; i < expected.Length; i++) Near.Equal(expected[i], series[i], 1e-12, 1e-12, $"drawdown[{i}]");
    }

    [Fact]
    public void TradeMetrics_MatchHandCalculation()
    {
        var m = PerformanceCalculator.Compute(Input);
        Assert.Equal(3, m.TradeCount);
        Near.Equal(200.0 / 3, m.WinRatePct, 1e-12, what: "win rate");
        Near.Equal(307.9 / 110, m.ProfitFactor, 1e-12, what: "profit factor");
        Near.Equal(197.9 / 3, m.ExpectancyQuote, 1e-12, what: "expectancy quote");
        Near.Equal(7, m.ExpectancyPct, 1e-12, what: "expectancy %");
        Near.Equal((Math.Cbrt(1.1 * 0.9 * 1.21) - 1) * 100, m.AverageTradePct, 1e-12, what: "geometric average trade");
        Assert.Equal(21, m.BestTradePct);
        Assert.Equal(-10, m.WorstTradePct);
        Assert.Equal(TimeSpan.FromHours(40), m.AverageTradeDuration);
        Assert.Equal(TimeSpan.FromDays(2), m.MaxTradeDuration);

        double mean = 197.9 / 3;
        double sd = Math.Sqrt((Math.Pow(100 - mean, 2) + Math.Pow(-110 - mean, 2) + Math.Pow(207.9 - mean, 2)) / 2);
        Near.Equal(Math.Sqrt(3) * mean / sd, m.Sqn, 1e-12, what: "SQN");
        // W = 2/3; payoff = mean win 153.95 / mean loss 110.
        Near.Equal((2.0 / 3) - ((1.0 / 3) / (153.95 / 110)), m.KellyFraction, 1e-12, what: "Kelly");
    }

    [Fact]
    public void PassThroughCountsAndExposure_AreReported()
    {
        var m = PerformanceCalculator.Compute(Input);
        Near.Equal(500.0 / 6, m.ExposurePct, 1e-12, what: "exposure");
        Assert.Equal(12.5, m.BuyAndHoldReturnPct);
        Assert.Equal(0.6, m.FeesPaid);
        Assert.Equal(1, m.AmbiguousBars);
    }

    [Fact]
    public void MonthlyTable_SplitsAtTheMonthOfEachBarsOpen()
    {
        var table = PerformanceCalculator.MonthlyReturns(Input);
        Assert.Equal([(2024, 1), (2024, 2)], table.Select(r => (r.Year, r.Month)));
        Near.Equal(10, table[0].ReturnPct, 1e-12, what: "January: 1000 → 1100");
        Near.Equal(8.9, table[1].ReturnPct, 1e-12, what: "February: 1100 → 1197.9");
    }

    [Fact]
    public void ReturnSeries_IsOnePerBarAgainstThePreviousValue()
    {
        double[] expected = [0, 0.1, -0.1, 0.1, 0.1, 0];
        var returns = PerformanceCalculator.Returns(Input);
        for (int i = 0; i < expected.Length; i++) Near.Equal(expected[i], returns[i], 1e-12, 1e-15, $"return[{i}]");
    }

    [Fact]
    public void RiskFreeRate_IsSubtractedPerBarWithCompounding()
    {
        var m = PerformanceCalculator.Compute(Input with { RiskFreeRatePerYear = 0.05 });
        double perBar = Math.Pow(1.05, 1.0 / 365) - 1;
        Near.Equal(((1.0 / 30) - perBar) / Math.Sqrt(1.0 / 150) * Math.Sqrt(365), m.SharpeRatio, 1e-12, what: "Sharpe with rf");
        // With a positive target the zero returns fall short too: downside Σ = 0.1 + rf, and 2·rf² for the zeros.
        double downside = Math.Sqrt((Math.Pow(-0.1 - perBar, 2) + (2 * perBar * perBar)) / 6);
        Near.Equal(((1.0 / 30) - perBar) / downside * Math.Sqrt(365), m.SortinoRatio, 1e-12, what: "Sortino with rf");
    }
}
