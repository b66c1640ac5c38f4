using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>The documented edge policies: no trades, no variance, one bar, ruin, one-sided trade lists.</summary>
public class EdgeCaseTests
{
    private static readonly DateTime T0 = MetricsCases.Start;

    [Fact]
    public void NoTrades_TradeMetricsAreUndefined()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(1000, [1000, 1010, 1005]));
        Assert.Equal(0, m.TradeCount);
        Assert.True(double.IsNaN(m.WinRatePct));
        Assert.True(double.IsNaN(m.ProfitFactor));
        Assert.True(double.IsNaN(m.ExpectancyQuote));
        Assert.True(double.IsNaN(m.ExpectancyPct));
        Assert.True(double.IsNaN(m.AverageTradePct));
        Assert.True(double.IsNaN(m.BestTradePct));
        Assert.True(double.IsNaN(m.WorstTradePct));
        Assert.True(double.IsNaN(m.Sqn));
        Assert.True(double.IsNaN(m.KellyFraction));
        Assert.Null(m.AverageTradeDuration);
        Assert.Null(m.MaxTradeDuration);
        Assert.True(double.IsNaN(m.BuyAndHoldReturnPct), "not given by the caller");
    }

    [Fact]
    public void FlatCurve_RatiosUndefinedAndRiskZero()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(1000, [1000, 1000, 1000, 1000]));
        Assert.Equal(0, m.TotalReturnPct);
        Assert.Equal(0, m.CagrPct);
        Assert.Equal(0, m.AnnualVolatilityPct);
        Assert.True(double.IsNaN(m.SharpeRatio), "zero variance");
        Assert.True(double.IsNaN(m.SortinoRatio), "no downside and no excess return");
        Assert.True(double.IsNaN(m.CalmarRatio), "no drawdown");
        Assert.Equal(0, m.MaxDrawdownPct);
        Assert.Equal(0, m.MaxDrawdownQuote);
        Assert.Equal(TimeSpan.Zero, m.MaxDrawdownDuration);
        Assert.Equal(0, m.MaxDrawdownBars);
        Assert.True(double.IsNaN(m.AverageDrawdownPct));
        Assert.Null(m.AverageDrawdownDuration);
        Assert.Equal(0, m.ValueAtRisk95Pct);
        Assert.Equal(0, m.ConditionalValueAtRisk95Pct);
        Assert.Equal(0, m.ExposurePct);
    }

    [Fact]
    public void OneBar_DeviationsUndefinedOthersDefined()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(1000, [990]));
        Assert.Equal(1, m.Bars);
        Assert.True(double.IsNaN(m.AnnualVolatilityPct));
        Assert.True(double.IsNaN(m.SharpeRatio));
        Assert.True(double.IsNaN(m.SortinoRatio));
        Near.Equal(-1, m.TotalReturnPct, 1e-12, what: "total");
        Near.Equal((Math.Pow(0.99, 365) - 1) * 100, m.CagrPct, 1e-12, what: "CAGR of one day");
        Near.Equal(1, m.MaxDrawdownPct, 1e-12, what: "fall from the initial cash");
        Near.Equal(-1, m.ValueAtRisk95Pct, 1e-12, what: "VaR of one return");
        Assert.Equal(TimeSpan.FromDays(1), m.MaxDrawdownDuration);
        Assert.Equal(1000, m.PeakEquity);
    }

    [Fact]
    public void LossOnFirstBar_IsADrawdownFromTheInitialCashAtTheFirstOpen()
    {
        // A fill at bar 0's close pays a fee: bar 0 already stands below the initial cash, and the episode starts
        // at bar 0's open (when the cash was counted), recovering at bar 2's close.
        var m = PerformanceCalculator.Compute(MetricsCases.Input(1000, [999, 998, 1000.5], Interval.FourHours));
        Near.Equal(0.2, m.MaxDrawdownPct, 1e-12, what: "1000 → 998");
        Assert.Equal(TimeSpan.FromHours(12), m.MaxDrawdownDuration);
        Assert.Equal(3, m.MaxDrawdownBars);
        Near.Equal(-0.1, PerformanceCalculator.Returns(MetricsCases.Input(1000, [999]))[0] * 100, 1e-12, what: "bar 0 return");
    }

    [Fact]
    public void UnrecoveredDrawdown_LastsUntilTheLastBar()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(100, [100, 120, 90, 100, 110], Interval.OneHour));
        Near.Equal(25, m.MaxDrawdownPct, 1e-12, what: "120 → 90");
        Assert.Equal(TimeSpan.FromHours(3), m.MaxDrawdownDuration);
        Assert.Equal(3, m.MaxDrawdownBars);
    }

    [Fact]
    public void SeveralEpisodes_AverageDepthAndDuration()
    {
        // Episodes: 100 → 95 → 100 (5 %, 2 days), 100 → 80 → 90 → 101 (20 %, 3 days), 101 → 100 unrecovered (1 day).
        var m = PerformanceCalculator.Compute(MetricsCases.Input(100, [95, 100, 80, 90, 101, 100]));
        Near.Equal((5 + 20 + (100 / 101.0)) / 3, m.AverageDrawdownPct, 1e-12, what: "average depth");
        Assert.Equal(TimeSpan.FromDays(2), m.AverageDrawdownDuration);
        Assert.Equal(TimeSpan.FromDays(3), m.MaxDrawdownDuration);
        Near.Equal(20, m.MaxDrawdownPct, 1e-12, what: "max");
    }

    [Fact]
    public void QuoteAndPercentMaxima_CanComeFromDifferentEpisodes()
    {
        // 100 → 50 is 50 % (50 quote); later 1000 → 800 is only 20 % but 200 quote.
        var m = PerformanceCalculator.Compute(MetricsCases.Input(100, [50, 1000, 800]));
        Near.Equal(50, m.MaxDrawdownPct, 1e-12, what: "percent");
        Near.Equal(200, m.MaxDrawdownQuote, 1e-12, what: "quote");
    }

    [Fact]
    public void EquityReachingZero_RuinsTheAccountAndLaterReturnsAreZero()
    {
        var input = MetricsCases.Input(1000, [500, 0, 0, 0]);
        var m = PerformanceCalculator.Compute(input);
        Assert.Equal(-100, m.TotalReturnPct);
        Assert.Equal(-100, m.CagrPct);
        Assert.Equal(100, m.MaxDrawdownPct);
        Assert.Equal(1000, m.MaxDrawdownQuote);
        Assert.Equal([-0.5, -1, 0, 0], PerformanceCalculator.Returns(input));
        Assert.True(double.IsFinite(m.SharpeRatio));
        Assert.Equal(TimeSpan.FromDays(4), m.MaxDrawdownDuration);
    }

    [Fact]
    public void MonthStartingRuined_ReportsZeroForThatMonth()
    {
        var input = MetricsCases.Input(1000, [500, 0, 0, 0, 0]); // bars Jan 30, Jan 31, Feb 1, Feb 2, Feb 3
        var table = PerformanceCalculator.MonthlyReturns(input);
        Assert.Equal(-100, table[0].ReturnPct);
        Assert.Equal(0, table[1].ReturnPct);
    }

    [Fact]
    public void NoLosingTrade_ProfitFactorInfiniteKellyIsWinRate()
    {
        TradeOutcome[] trades = [MetricsCases.Trade(T0, T0.AddDays(1), 50, 5), MetricsCases.Trade(T0.AddDays(1), T0.AddDays(2), 0, 0)];
        Assert.Equal(double.PositiveInfinity, ProfitFactor.Compute(trades));
        Assert.Equal(0.5, KellyCriterion.Fraction(trades));
        Assert.Equal(50, WinRate.Pct(trades));
    }

    [Fact]
    public void NoWinningTrade_ProfitFactorZeroKellyUndefined()
    {
        TradeOutcome[] trades = [MetricsCases.Trade(T0, T0.AddDays(1), -50, -5), MetricsCases.Trade(T0.AddDays(1), T0.AddDays(2), -10, -1)];
        Assert.Equal(0, ProfitFactor.Compute(trades));
        Assert.True(double.IsNaN(KellyCriterion.Fraction(trades)));
        Assert.Equal(0, WinRate.Pct(trades));
    }

    [Fact]
    public void AllBreakEven_ProfitFactorAndSqnUndefined()
    {
        TradeOutcome[] trades = [MetricsCases.Trade(T0, T0.AddDays(1), 0, 0), MetricsCases.Trade(T0.AddDays(1), T0.AddDays(2), 0, 0)];
        Assert.True(double.IsNaN(ProfitFactor.Compute(trades)));
        Assert.True(double.IsNaN(SystemQualityNumber.Compute(trades)), "zero deviation");
        Assert.Equal(0, AverageTrade.Pct(trades));
    }

    [Fact]
    public void TradeLosingEverything_GeometricAverageIsMinus100_BeyondEverythingUndefined()
    {
        TradeOutcome[] wiped = [MetricsCases.Trade(T0, T0.AddDays(1), 10, 10), MetricsCases.Trade(T0.AddDays(1), T0.AddDays(2), -110, -100)];
        Assert.Equal(-100, AverageTrade.Pct(wiped));
        TradeOutcome[] beyond = [MetricsCases.Trade(T0, T0.AddDays(1), 10, 10), MetricsCases.Trade(T0.AddDays(1), T0.AddDays(2), -150, -150, TradeSide.Short)];
        Assert.True(double.IsNaN(AverageTrade.Pct(beyond)));
    }

    [Fact]
    public void OneTrade_SqnUndefinedOthersDefined()
    {
        TradeOutcome[] one = [MetricsCases.Trade(T0, T0.AddHours(5), 12, 1.2)];
        Assert.True(double.IsNaN(SystemQualityNumber.Compute(one)));
        Assert.Equal(1.2, TradeExtremes.BestPct(one));
        Assert.Equal(1.2, TradeExtremes.WorstPct(one));
        Assert.Equal(TimeSpan.FromHours(5), TradeDuration.Average(one));
        Near.Equal(1.2, AverageTrade.Pct(one), 1e-12, what: "geometric mean of one");
    }

    [Fact]
    public void MonotoneRise_SortinoInfiniteCalmarUndefined()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(100, [101, 103, 104, 110]));
        Assert.Equal(double.PositiveInfinity, m.SortinoRatio);
        Assert.True(double.IsNaN(m.CalmarRatio));
        Assert.True(double.IsFinite(m.SharpeRatio));
    }

    [Fact]
    public void ShortRunOfMinuteBars_CagrOverflowsToInfinityCalmarUndefined()
    {
        var m = PerformanceCalculator.Compute(MetricsCases.Input(100, [100, 95, 110], Interval.OneMinute));
        Assert.Equal(double.PositiveInfinity, m.CagrPct);
        Assert.True(double.IsNaN(m.CalmarRatio));
    }

    [Fact]
    public void CalendarMonthBars_DurationsFollowTheCalendar()
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var interval = Interval.Parse("1M");
        double[] equity = [100, 90, 95, 101];
        var input = new PerformanceInput(equity, MetricsCases.Times(4, interval, start), interval, 100, []);
        var m = PerformanceCalculator.Compute(input);
        // Peak: close of January (1 Feb); recovery: close of April (1 May): 29 + 31 + 30 days in 2024.
        Assert.Equal(TimeSpan.FromDays(90), m.MaxDrawdownDuration);
        Assert.Equal(12, m.PeriodsPerYear);
        Assert.Equal(4, PerformanceCalculator.MonthlyReturns(input).Count);
    }

    [Fact]
    public void MonthWithoutBars_IsLeftOutOfTheTable()
    {
        long[] times = MetricsCases.Times(3, Interval.OneDay, new DateTime(2024, 1, 31, 0, 0, 0, DateTimeKind.Utc));
        times[2] = new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var table = PerformanceCalculator.MonthlyReturns(new PerformanceInput(new double[] { 110, 121, 133.1 }, times, Interval.OneDay, 100, []));
        Assert.Equal([(2024, 1), (2024, 2), (2024, 3)], table.Select(r => (r.Year, r.Month)));
        times[1] = new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        table = PerformanceCalculator.MonthlyReturns(new PerformanceInput(new double[] { 110, 121, 133.1 }, times, Interval.OneDay, 100, []));
        Assert.Equal([(2024, 1), (2024, 3)], table.Select(r => (r.Year, r.Month)));
        Near.Equal(21, table[1].ReturnPct, 1e-12, what: "March against January's close");
    }
}
