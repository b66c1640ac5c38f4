using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// Random curves and trade lists against <see cref="NaiveMetrics"/>, plus invariances every correct implementation
/// has: scaling money leaves ratios alone, monotone curves have no drawdown, months compound to the total.
/// </summary>
public class PropertyTests
{
    public static TheoryData<int, int> Curves() => new() { { 1, 2 }, { 2, 30 }, { 3, 250 }, { 4, 777 }, { 5, 1200 } };

    [Theory]
    [MemberData(nameof(Curves))]
    public void RandomCurve_ReturnMetricsMatchNaiveReference(int seed, int bars)
    {
        double[] equity = MetricsCases.RandomEquity(seed, bars);
        var m = PerformanceCalculator.Compute(MetricsCases.Input(10_000, equity, Interval.FourHours));
        var returns = NaiveMetrics.Returns(10_000, equity);
        double periods = 365 * 6;

        Near.Equal(NaiveMetrics.Sharpe(returns, periods), m.SharpeRatio, 1e-9, what: "Sharpe");
        Near.Equal(NaiveMetrics.SampleStdDev(returns) * Math.Sqrt(periods) * 100, m.AnnualVolatilityPct, 1e-9, what: "volatility");
        Near.Equal(NaiveMetrics.Sortino(returns, periods), m.SortinoRatio, 1e-9, what: "Sortino");
        Near.Equal(NaiveMetrics.CagrPct(returns, periods), m.CagrPct, 1e-9, 1e-9, "CAGR");

        double[] doubles = returns.Select(r => (double)r).ToArray();
        Near.Equal(NaiveMetrics.Percentile(doubles, 0.05) * 100, m.ValueAtRisk95Pct, 1e-9, 1e-12, "VaR 95");
        Near.Equal(NaiveMetrics.ExpectedShortfall(doubles, 0.05) * 100, m.ConditionalValueAtRisk95Pct, 1e-9, 1e-12, "CVaR 95");
        Assert.True(m.ConditionalValueAtRisk95Pct <= m.ValueAtRisk95Pct);
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void RandomCurve_DrawdownsMatchBruteForce(int seed, int bars)
    {
        double[] equity = MetricsCases.RandomEquity(seed, bars);
        var input = MetricsCases.Input(10_000, equity, Interval.OneHour);
        var m = PerformanceCalculator.Compute(input);
        var (pct, quote) = NaiveMetrics.MaxDrawdown(10_000, equity);
        Near.Equal(pct, m.MaxDrawdownPct, 1e-10, 1e-12, "max drawdown %");
        Near.Equal(quote, m.MaxDrawdownQuote, 1e-10, 1e-9, "max drawdown quote");

        double[] series = PerformanceCalculator.DrawdownPct(input);
        double[] naive = NaiveMetrics.DrawdownPct(10_000, equity);
        for (int i = 0; i < bars; i++) Near.Equal(naive[i], series[i], 1e-10, 1e-12, $"drawdown[{i}]");
        Assert.Equal(series.Max(), m.MaxDrawdownPct);

        var episodes = NaiveMetrics.Episodes(10_000, equity);
        if (episodes.Count == 0)
        {
            Assert.True(double.IsNaN(m.AverageDrawdownPct));
            return;
        }
        // Bars are one hour apart with no gaps, so an episode of b bar steps lasts b hours.
        Assert.Equal(episodes.Max(e => e.End - e.Start), m.MaxDrawdownBars);
        Assert.Equal(TimeSpan.FromHours(m.MaxDrawdownBars), m.MaxDrawdownDuration);
        Near.Equal(episodes.Average(e => e.DepthPct), m.AverageDrawdownPct, 1e-10, 1e-12, "average depth");
        double averageHours = episodes.Average(e => e.End - e.Start);
        Assert.True(Math.Abs(m.AverageDrawdownDuration!.Value.TotalHours - averageHours) < 1e-6, $"average duration {m.AverageDrawdownDuration} vs {averageHours} h");
    }

    [Theory]
    [MemberData(nameof(Curves))]
    public void RandomCurve_MonthlyTableMatchesGroupingAndCompoundsToTotal(int seed, int bars)
    {
        double[] equity = MetricsCases.RandomEquity(seed, bars);
        var input = MetricsCases.Input(10_000, equity, Interval.FourHours);
        var table = PerformanceCalculator.MonthlyReturns(input);
        var naive = NaiveMetrics.Monthly(10_000, equity, input.TimeMs.ToArray());
        Assert.Equal(naive.Select(r => (r.Year, r.Month)), table.Select(r => (r.Year, r.Month)));
        for (int i = 0; i < table.Count; i++) Near.Equal(naive[i].Pct, table[i].ReturnPct, 1e-9, 1e-10, $"month {i}");

        double compounded = table.Aggregate(1.0, (acc, r) => acc * (1 + (r.ReturnPct / 100)));
        Near.Equal(PerformanceCalculator.Compute(input).TotalReturnPct, (compounded - 1) * 100, 1e-10, 1e-10, "months compound to total");
    }

    [Theory]
    [InlineData(11, 2)]
    [InlineData(12, 40)]
    [InlineData(13, 333)]
    public void RandomTrades_TradeMetricsMatchNaiveReference(int seed, int count)
    {
        var trades = MetricsCases.RandomTrades(seed, count);
        var (winRate, profitFactor, sqn, kelly) = NaiveMetrics.Trades(trades);
        Near.Equal(winRate, WinRate.Pct(trades), 1e-12, what: "win rate");
        Near.Equal(profitFactor, ProfitFactor.Compute(trades), 1e-10, what: "profit factor");
        Near.Equal(sqn, SystemQualityNumber.Compute(trades), 1e-10, what: "SQN");
        Near.Equal(kelly, KellyCriterion.Fraction(trades), 1e-10, 1e-12, "Kelly");
        Near.Equal(trades.Average(t => t.Pnl), Expectancy.Quote(trades), 1e-10, what: "expectancy");
        Near.Equal(trades.Max(t => t.ReturnPct), TradeExtremes.BestPct(trades), 0, what: "best");
        Near.Equal(trades.Min(t => t.ReturnPct), TradeExtremes.WorstPct(trades), 0, what: "worst");
        double product = trades.Aggregate(1.0, (acc, t) => acc * (1 + (t.ReturnPct / 100)));
        Near.Equal((Math.Pow(product, 1.0 / count) - 1) * 100, AverageTrade.Pct(trades), 1e-9, 1e-12, "geometric mean");
        Assert.Equal(trades.Max(t => t.ExitTime - t.EntryTime), TradeDuration.Max(trades));
        double averageTicks = trades.Average(t => (double)(t.ExitTime - t.EntryTime).Ticks);
        Assert.True(Math.Abs(TradeDuration.Average(trades)!.Value.Ticks - averageTicks) <= 1, "average duration");
    }

    [Theory]
    [InlineData(21, 4.0)]
    [InlineData(22, 3.7)]
    [InlineData(23, 1e-6)]
    public void ScalingMoney_LeavesRatiosAndPercentagesUnchanged(int seed, double k)
    {
        double[] equity = MetricsCases.RandomEquity(seed, 400);
        var trades = MetricsCases.RandomTrades(seed, 25);
        var scaledTrades = trades.Select(t => t with { Pnl = t.Pnl * k, Quantity = t.Quantity * k, Fees = t.Fees * k }).ToArray();
        var a = PerformanceCalculator.Compute(MetricsCases.Input(10_000, equity, trades: trades));
        var b = PerformanceCalculator.Compute(MetricsCases.Input(10_000 * k, equity.Select(e => e * k).ToArray(), trades: scaledTrades));

        // A power of two scales exactly, so those ratios agree to the last bit; other factors round.
        double tolerance = k == 4.0 ? 0 : 1e-9;
        foreach (var (name, x, y) in new[]
        {
            ("total", a.TotalReturnPct, b.TotalReturnPct), ("CAGR", a.CagrPct, b.CagrPct), ("vol", a.AnnualVolatilityPct, b.AnnualVolatilityPct),
            ("Sharpe", a.SharpeRatio, b.SharpeRatio), ("Sortino", a.SortinoRatio, b.SortinoRatio), ("Calmar", a.CalmarRatio, b.CalmarRatio),
            ("maxDD", a.MaxDrawdownPct, b.MaxDrawdownPct), ("avgDD", a.AverageDrawdownPct, b.AverageDrawdownPct), ("VaR", a.ValueAtRisk95Pct, b.ValueAtRisk95Pct),
            ("CVaR", a.ConditionalValueAtRisk95Pct, b.ConditionalValueAtRisk95Pct), ("PF", a.ProfitFactor, b.ProfitFactor), ("SQN", a.Sqn, b.Sqn),
            ("Kelly", a.KellyFraction, b.KellyFraction), ("win", a.WinRatePct, b.WinRatePct),
        })
        {
            Near.Equal(x, y, tolerance, tolerance, name);
        }
        Near.Equal(a.MaxDrawdownQuote * k, b.MaxDrawdownQuote, 1e-9, 0, "quote drawdown scales");
        Near.Equal(a.ExpectancyQuote * k, b.ExpectancyQuote, 1e-9, 0, "quote expectancy scales");
        Assert.Equal(a.MaxDrawdownDuration, b.MaxDrawdownDuration);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void MonotoneCurve_HasNoDrawdown(int seed)
    {
        var random = new Random(seed);
        var equity = new double[300];
        double value = 500;
        for (int i = 0; i < equity.Length; i++)
        {
            value += random.Next(3) == 0 ? 0 : random.NextDouble() * 10;
            equity[i] = value;
        }
        var input = MetricsCases.Input(500, equity, Interval.OneMinute);
        var m = PerformanceCalculator.Compute(input);
        Assert.Equal(0, m.MaxDrawdownPct);
        Assert.Equal(0, m.MaxDrawdownQuote);
        Assert.Equal(TimeSpan.Zero, m.MaxDrawdownDuration);
        Assert.True(double.IsNaN(m.AverageDrawdownPct));
        Assert.All(PerformanceCalculator.DrawdownPct(input), d => Assert.Equal(0, d));
        Assert.Equal(equity[^1], m.PeakEquity);
    }

    [Fact]
    public void DoublingPeriodsPerYear_ScalesSharpeSortinoAndVolatilityByRootTwo()
    {
        var input = MetricsCases.Input(10_000, MetricsCases.RandomEquity(41, 500));
        var a = PerformanceCalculator.Compute(input with { PeriodsPerYear = 252 });
        var b = PerformanceCalculator.Compute(input with { PeriodsPerYear = 504 });
        Near.Equal(a.SharpeRatio * Math.Sqrt(2), b.SharpeRatio, 1e-12, what: "Sharpe");
        Near.Equal(a.SortinoRatio * Math.Sqrt(2), b.SortinoRatio, 1e-12, what: "Sortino");
        Near.Equal(a.AnnualVolatilityPct * Math.Sqrt(2), b.AnnualVolatilityPct, 1e-12, what: "volatility");
        Near.Equal(Math.Pow(1 + (a.CagrPct / 100), 2), 1 + (b.CagrPct / 100), 1e-12, what: "CAGR compounds twice as often");
        Assert.Equal(a.MaxDrawdownPct, b.MaxDrawdownPct);
    }

    [Fact]
    public void DefaultAnnualisation_IsThe365DayYearOfTheInterval()
    {
        Assert.Equal(365 * 24, PerformanceCalculator.Compute(MetricsCases.Input(1, [1, 2], Interval.OneHour)).PeriodsPerYear);
        Assert.Equal(365, PerformanceCalculator.Compute(MetricsCases.Input(1, [1, 2])).PeriodsPerYear);
        Assert.Equal(252, PerformanceCalculator.Compute(MetricsCases.Input(1, [1, 2]) with { PeriodsPerYear = 252 }).PeriodsPerYear);
    }

    [Fact]
    public void TradeOrder_DoesNotChangeTradeMetrics()
    {
        var trades = MetricsCases.RandomTrades(51, 60);
        var reversed = Enumerable.Reverse(trades).ToArray();
        var a = PerformanceCalculator.Compute(MetricsCases.Input(100, [100, 101], trades: trades));
        var b = PerformanceCalculator.Compute(MetricsCases.Input(100, [100, 101], trades: reversed));
        Near.Equal(a.ProfitFactor, b.ProfitFactor, 1e-12, what: "PF");
        Near.Equal(a.Sqn, b.Sqn, 1e-12, what: "SQN");
        Near.Equal(a.AverageTradePct, b.AverageTradePct, 1e-12, what: "avg trade");
        Assert.Equal(a.MaxTradeDuration, b.MaxTradeDuration);
    }
}
