using System.Buffers;

namespace Backtest.Engine.Metrics;

/// <summary>
/// Computes <see cref="PerformanceMetrics"/> and the per-bar series of a run. O(bars + trades); the only
/// allocations are the results (and one pooled scratch buffer of returns inside <see cref="Compute"/>).
/// </summary>
public static class PerformanceCalculator
{
    /// <summary>All scalar metrics of <paramref name="input"/>.</summary>
    /// <exception cref="Errors.BacktestException">The input breaks its contract (<see cref="PerformanceInput.Validate"/>).</exception>
    public static PerformanceMetrics Compute(PerformanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        ReadOnlySpan<double> equity = input.Equity.Span;
        double cash = input.InitialCash, periods = input.AnnualisationPeriods, riskFree = input.RiskFreeRatePerYear;
        int n = equity.Length;
        double final = equity[^1];
        var trades = input.Trades;

        double[] scratch = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Span<double> returns = scratch.AsSpan(0, n);
            BarReturns.Fill(equity, cash, returns);
            double mean = SampleMoments.Mean(returns), sd = SampleMoments.StdDev(returns, mean);
            double cagr = Cagr.Pct(cash, final, n, periods);
            // One scan yields the maximum drawdown too (MaxDrawdown's definition, proven equal by the tests).
            var episodes = DrawdownEpisodes.Scan(equity, cash, input.TimeMs.Span, input.Interval);
            var (k, fraction) = ValueAtRisk.Rank(n, 0.05);
            double sortino = SortinoRatio.Compute(returns, periods, riskFree);
            // Selection reorders the returns, so it comes after everything that reads them.
            var tail = LowerTail.Find(returns, k);
            return new PerformanceMetrics
            {
                Bars = n,
                PeriodsPerYear = periods,
                FinalEquity = final,
                PeakEquity = episodes.PeakValue,
                TotalReturnPct = TotalReturn.Pct(cash, final),
                CagrPct = cagr,
                AnnualVolatilityPct = AnnualVolatility.FromStdDev(sd, periods),
                SharpeRatio = SharpeRatio.FromMoments(mean, sd, periods, riskFree),
                SortinoRatio = sortino,
                CalmarRatio = CalmarRatio.Compute(cagr, episodes.MaxDepthPct),
                MaxDrawdownPct = episodes.MaxDepthPct,
                MaxDrawdownQuote = episodes.MaxFallQuote,
                MaxDrawdownDuration = episodes.LongestDuration,
                MaxDrawdownBars = episodes.LongestBars,
                AverageDrawdownPct = episodes.AverageDepthPct,
                AverageDrawdownDuration = episodes.AverageDuration,
                ExposurePct = Exposure.Pct(input.BarsInMarket, n),
                TradeCount = trades.Count,
                WinRatePct = WinRate.Pct(trades),
                ProfitFactor = ProfitFactor.Compute(trades),
                ExpectancyQuote = Expectancy.Quote(trades),
                ExpectancyPct = Expectancy.Pct(trades),
                AverageTradePct = AverageTrade.Pct(trades),
                BestTradePct = TradeExtremes.BestPct(trades),
                WorstTradePct = TradeExtremes.WorstPct(trades),
                AverageTradeDuration = TradeDuration.Average(trades),
                MaxTradeDuration = TradeDuration.Max(trades),
                Sqn = SystemQualityNumber.Compute(trades),
                KellyFraction = KellyCriterion.Fraction(trades),
                ValueAtRisk95Pct = ValueAtRisk.FromTail(tail, fraction) * 100,
                ConditionalValueAtRisk95Pct = ConditionalValueAtRisk.FromTail(tail, k) * 100,
                BuyAndHoldReturnPct = input.BuyAndHoldReturnPct,
                FeesPaid = input.FeesPaid,
                AmbiguousBars = input.AmbiguousBars,
            };
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>Per-bar simple returns as fractions (<see cref="BarReturns"/>), one per bar.</summary>
    /// <exception cref="Errors.BacktestException">The input breaks its contract.</exception>
    public static double[] Returns(PerformanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        return BarReturns.Compute(input.Equity.Span, input.InitialCash);
    }

    /// <summary>Drawdown below the running peak at each bar, percent, positive (<see cref="Drawdown"/>).</summary>
    /// <exception cref="Errors.BacktestException">The input breaks its contract.</exception>
    public static double[] DrawdownPct(PerformanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        return Drawdown.Pct(input.Equity.Span, input.InitialCash);
    }

    /// <summary>The monthly-returns table (<see cref="Metrics.MonthlyReturns"/>), one row per calendar month in time order.</summary>
    /// <exception cref="Errors.BacktestException">The input breaks its contract.</exception>
    public static IReadOnlyList<MonthlyReturn> MonthlyReturns(PerformanceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        return Metrics.MonthlyReturns.Compute(input.Equity.Span, input.InitialCash, input.TimeMs.Span);
    }
}
