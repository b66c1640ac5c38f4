namespace Backtest.Engine.Metrics;

/// <summary>
/// The performance of one run as flat scalars (so a row exports to CSV as it is). Each metric's formula,
/// annualisation and edge policy are documented on the class that computes it; NaN means "undefined for this run"
/// (e.g. a win rate without trades), never "not computed".
/// </summary>
public sealed record PerformanceMetrics
{
    /// <summary>Bars in the run.</summary>
    public required int Bars { get; init; }

    /// <summary>Bars per year used for annualisation (the interval's 365-day figure unless overridden).</summary>
    public required double PeriodsPerYear { get; init; }

    /// <summary>Equity at the last bar's close, quote currency.</summary>
    public required double FinalEquity { get; init; }

    /// <summary>Highest account value reached: the initial cash or a bar's closing equity, quote currency.</summary>
    public required double PeakEquity { get; init; }

    /// <summary>Total return, percent (<see cref="TotalReturn"/>).</summary>
    public required double TotalReturnPct { get; init; }

    /// <summary>Compound annual growth rate, percent (<see cref="Cagr"/>).</summary>
    public required double CagrPct { get; init; }

    /// <summary>Annualised volatility of per-bar returns, percent (<see cref="AnnualVolatility"/>).</summary>
    public required double AnnualVolatilityPct { get; init; }

    /// <summary>Annualised Sharpe ratio (<see cref="Metrics.SharpeRatio"/>).</summary>
    public required double SharpeRatio { get; init; }

    /// <summary>Annualised Sortino ratio (<see cref="Metrics.SortinoRatio"/>).</summary>
    public required double SortinoRatio { get; init; }

    /// <summary>CAGR over maximum drawdown (<see cref="Metrics.CalmarRatio"/>).</summary>
    public required double CalmarRatio { get; init; }

    /// <summary>Deepest fall from a running peak, percent, positive (<see cref="MaxDrawdown.Pct"/>).</summary>
    public required double MaxDrawdownPct { get; init; }

    /// <summary>Largest fall from a running peak in quote currency, positive (<see cref="MaxDrawdown.Quote"/>).</summary>
    public required double MaxDrawdownQuote { get; init; }

    /// <summary>Longest time under water, peak to recovery or to the end (<see cref="DrawdownEpisodes"/>).</summary>
    public required TimeSpan MaxDrawdownDuration { get; init; }

    /// <summary>Longest stretch under water in bars (<see cref="DrawdownEpisodes"/>).</summary>
    public required int MaxDrawdownBars { get; init; }

    /// <summary>Mean depth of the drawdown episodes, percent; NaN without any (<see cref="DrawdownEpisodes"/>).</summary>
    public required double AverageDrawdownPct { get; init; }

    /// <summary>Mean duration of the drawdown episodes; null without any (<see cref="DrawdownEpisodes"/>).</summary>
    public required TimeSpan? AverageDrawdownDuration { get; init; }

    /// <summary>Share of bars with a position open, percent (<see cref="Exposure"/>).</summary>
    public required double ExposurePct { get; init; }

    /// <summary>Closed trades.</summary>
    public required int TradeCount { get; init; }

    /// <summary>Share of trades with positive PnL, percent (<see cref="WinRate"/>).</summary>
    public required double WinRatePct { get; init; }

    /// <summary>Gross profit over gross loss (<see cref="Metrics.ProfitFactor"/>); +∞ with profits and no losses.</summary>
    public required double ProfitFactor { get; init; }

    /// <summary>Mean trade PnL, quote currency (<see cref="Expectancy.Quote"/>).</summary>
    public required double ExpectancyQuote { get; init; }

    /// <summary>Mean trade return, percent (<see cref="Expectancy.Pct"/>).</summary>
    public required double ExpectancyPct { get; init; }

    /// <summary>Geometric mean trade return, percent (<see cref="AverageTrade"/>).</summary>
    public required double AverageTradePct { get; init; }

    /// <summary>Best trade return, percent (<see cref="TradeExtremes"/>).</summary>
    public required double BestTradePct { get; init; }

    /// <summary>Worst trade return, percent (<see cref="TradeExtremes"/>).</summary>
    public required double WorstTradePct { get; init; }

    /// <summary>Mean time from entry to exit; null without trades (<see cref="TradeDuration"/>).</summary>
    public required TimeSpan? AverageTradeDuration { get; init; }

    /// <summary>Longest time from entry to exit; null without trades (<see cref="TradeDuration"/>).</summary>
    public required TimeSpan? MaxTradeDuration { get; init; }

    /// <summary>System Quality Number over trade PnL (<see cref="SystemQualityNumber"/>).</summary>
    public required double Sqn { get; init; }

    /// <summary>Kelly fraction implied by the trades, a fraction (<see cref="KellyCriterion"/>).</summary>
    public required double KellyFraction { get; init; }

    /// <summary>Historical one-bar 95 % value at risk, percent return (negative is a loss) (<see cref="ValueAtRisk"/>).</summary>
    public required double ValueAtRisk95Pct { get; init; }

    /// <summary>Historical one-bar 95 % expected shortfall, percent return (<see cref="ConditionalValueAtRisk"/>).</summary>
    public required double ConditionalValueAtRisk95Pct { get; init; }

    /// <summary>Long-only buy-and-hold return over the same bars, percent, as given by the simulator (<see cref="BuyAndHoldReturn"/>).</summary>
    public required double BuyAndHoldReturnPct { get; init; }

    /// <summary>Every fee paid, quote currency, as given by the simulator.</summary>
    public required double FeesPaid { get; init; }

    /// <summary>Bars where stop-loss and take-profit were both touched and their order was assumed.</summary>
    public required int AmbiguousBars { get; init; }
}
