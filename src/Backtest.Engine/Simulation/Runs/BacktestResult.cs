using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One backtest, flat: who and when first (binding by name to the next command's <c>Symbol</c>, <c>Interval</c>,
/// <c>StartTime</c>, <c>EndTime</c>), then the strategy, then the numbers, so <c>Export-Csv</c> writes one tidy row.
/// The metrics are <see cref="PerformanceCalculator"/>'s (each metric's file documents its formula); trade
/// statistics cover closed trades, while <see cref="Trades"/> also counts a position still open. The trades, the
/// equity and drawdown curve, the monthly returns and the manifest are behind methods. Immutable.
/// </summary>
public sealed record BacktestResult
{
    private readonly SimulationResult? _simulation;
    private readonly PortfolioSimulation? _portfolio;
    private readonly IReadOnlyList<BacktestResult> _symbols;
    private readonly PerformanceInput _input;
    private readonly PerformanceMetrics _metrics;
    private readonly RunManifest _manifest;

    internal BacktestResult(SimulationResult simulation, RunManifest manifest, DataQualityReport? quality)
        : this(simulation.ToPerformanceInput(), manifest, quality, simulation.Candles.Symbol, simulation.Candles, simulation.Candles.IsSynthetic,
            simulation.TradeCount)
    {
        _simulation = simulation;
        (PessimisticFinalEquity, OptimisticFinalEquity) = (simulation.PessimisticFinalEquity, simulation.OptimisticFinalEquity);
        RejectedOrders = simulation.RejectedOrders;
        (Liquidations, FundingPaid) = (simulation.Liquidations, simulation.FundingPaid);
    }

    /// <summary>A portfolio's result: its own metrics over the shared timeline, and one result per symbol.</summary>
    internal BacktestResult(PortfolioSimulation portfolio, IReadOnlyList<BacktestResult> symbols, RunManifest manifest, DataQualityReport? quality)
        : this(portfolio.ToPerformanceInput(), manifest, quality, string.Join(',', symbols.Select(s => s.Symbol)), symbols[0].GetSimulation().Candles,
            symbols.Any(s => s.IsSynthetic), symbols.Sum(s => s.Trades))
    {
        _portfolio = portfolio;
        _symbols = symbols;
        StartTime = symbols.Min(s => s.StartTime);
        EndTime = symbols.Max(s => s.EndTime);
        (PessimisticFinalEquity, OptimisticFinalEquity) = (portfolio.PessimisticFinalEquity, portfolio.OptimisticFinalEquity);
        RejectedOrders = symbols.Sum(s => s.RejectedOrders);
        SkippedEntries = portfolio.SkippedEntries;
        (Liquidations, FundingPaid) = (symbols.Sum(s => s.Liquidations), symbols.Sum(s => s.FundingPaid));
        DataQuality = string.Join("; ", symbols.Where(s => s.DataQuality != "clean").Select(s => $"{s.Symbol}: {s.DataQuality}")) is { Length: > 0 } found ? found : "clean";
    }

    private BacktestResult(PerformanceInput input, RunManifest manifest, DataQualityReport? quality, string symbol, CandleSeries candles, bool synthetic,
        int trades)
    {
        _manifest = manifest;
        _input = input;
        _symbols = [];
        var m = _metrics = PerformanceCalculator.Compute(_input);
        var times = input.TimeMs.Span;
        Symbol = symbol;
        Interval = candles.Interval;
        StartTime = CandleSeries.ToUtc(times[0]);
        EndTime = CandleSeries.ToUtc(candles.Interval.Next(times[^1]));
        Strategy = manifest.Strategy;
        Parameters = string.Join(';', manifest.Parameters.Select(p => $"{p.Key}={p.Value}"));
        Bars = input.Bars;
        InitialCash = input.InitialCash;
        (FinalEquity, TotalReturnPct, CagrPct, AnnualVolatilityPct) = (m.FinalEquity, m.TotalReturnPct, m.CagrPct, m.AnnualVolatilityPct);
        (SharpeRatio, SortinoRatio, CalmarRatio) = (m.SharpeRatio, m.SortinoRatio, m.CalmarRatio);
        (MaxDrawdownPct, MaxDrawdownQuote, MaxDrawdownDuration, AverageDrawdownPct, AverageDrawdownDuration) =
            (m.MaxDrawdownPct, m.MaxDrawdownQuote, m.MaxDrawdownDuration, m.AverageDrawdownPct, m.AverageDrawdownDuration);
        ExposurePct = m.ExposurePct;
        Trades = trades;
        ClosedTrades = m.TradeCount;
        (WinRatePct, ProfitFactor, ExpectancyQuote, ExpectancyPct) = (m.WinRatePct, m.ProfitFactor, m.ExpectancyQuote, m.ExpectancyPct);
        (AverageTradePct, BestTradePct, WorstTradePct) = (m.AverageTradePct, m.BestTradePct, m.WorstTradePct);
        (AverageTradeDuration, MaxTradeDuration, Sqn, KellyFraction) = (m.AverageTradeDuration, m.MaxTradeDuration, m.Sqn, m.KellyFraction);
        (ValueAtRisk95Pct, ConditionalValueAtRisk95Pct) = (m.ValueAtRisk95Pct, m.ConditionalValueAtRisk95Pct);
        (BuyAndHoldReturnPct, FeesPaid, AmbiguousBars) = (m.BuyAndHoldReturnPct, m.FeesPaid, m.AmbiguousBars);
        IsSynthetic = synthetic;
        DataQuality = quality?.Summary ?? "not checked";
        DataSha256 = manifest.Data.Sha256;
    }

    /// <summary>The symbol.</summary>
    public string Symbol { get; }

    /// <summary>The candle interval.</summary>
    public Interval Interval { get; }

    /// <summary>Open time (UTC) of the first bar.</summary>
    public DateTime StartTime { get; }

    /// <summary>Exclusive end (UTC): the close of the last bar, so the same window can be asked for again.</summary>
    public DateTime EndTime { get; }

    /// <summary>The strategy's catalog name.</summary>
    public string Strategy { get; }

    /// <summary>Every parameter, resolved: <c>fast=10;slow=50;direction=long-only</c>.</summary>
    public string Parameters { get; }

    /// <summary>Number of bars simulated.</summary>
    public int Bars { get; }

    /// <summary>Starting cash.</summary>
    public double InitialCash { get; }

    /// <summary>Equity after the last bar.</summary>
    public double FinalEquity { get; }

    /// <summary>Total return in percent (<see cref="TotalReturn"/>).</summary>
    public double TotalReturnPct { get; }

    /// <summary>Compound annual growth rate in percent (<see cref="Cagr"/>).</summary>
    public double CagrPct { get; }

    /// <summary>Annualised volatility of bar returns in percent (<see cref="AnnualVolatility"/>).</summary>
    public double AnnualVolatilityPct { get; }

    /// <summary>Annualised Sharpe ratio (<see cref="Metrics.SharpeRatio"/>).</summary>
    public double SharpeRatio { get; }

    /// <summary>Annualised Sortino ratio (<see cref="Metrics.SortinoRatio"/>).</summary>
    public double SortinoRatio { get; }

    /// <summary>Calmar ratio (<see cref="Metrics.CalmarRatio"/>).</summary>
    public double CalmarRatio { get; }

    /// <summary>Largest fall from a peak, in percent (<see cref="MaxDrawdown"/>).</summary>
    public double MaxDrawdownPct { get; }

    /// <summary>Largest fall from a peak, in the quote currency.</summary>
    public double MaxDrawdownQuote { get; }

    /// <summary>Longest time below a peak.</summary>
    public TimeSpan MaxDrawdownDuration { get; }

    /// <summary>Average drawdown depth in percent.</summary>
    public double AverageDrawdownPct { get; }

    /// <summary>Average drawdown duration (null without drawdowns).</summary>
    public TimeSpan? AverageDrawdownDuration { get; }

    /// <summary>Percentage of bars with a position open at some moment (<see cref="Exposure"/>).</summary>
    public double ExposurePct { get; }

    /// <summary>Entries filled: closed trades plus one still open.</summary>
    public int Trades { get; }

    /// <summary>Round trips closed (the trade statistics below are over these).</summary>
    public int ClosedTrades { get; }

    /// <summary>Winning closed trades in percent (<see cref="WinRate"/>).</summary>
    public double WinRatePct { get; }

    /// <summary>Gross profit over gross loss (<see cref="Metrics.ProfitFactor"/>).</summary>
    public double ProfitFactor { get; }

    /// <summary>Average profit per closed trade, quote currency (<see cref="Expectancy"/>).</summary>
    public double ExpectancyQuote { get; }

    /// <summary>Expectancy in percent per closed trade.</summary>
    public double ExpectancyPct { get; }

    /// <summary>Average closed-trade return in percent (<see cref="AverageTrade"/>).</summary>
    public double AverageTradePct { get; }

    /// <summary>Best closed-trade return in percent.</summary>
    public double BestTradePct { get; }

    /// <summary>Worst closed-trade return in percent.</summary>
    public double WorstTradePct { get; }

    /// <summary>Average closed-trade duration (null without trades).</summary>
    public TimeSpan? AverageTradeDuration { get; }

    /// <summary>Longest closed-trade duration (null without trades).</summary>
    public TimeSpan? MaxTradeDuration { get; }

    /// <summary>Van Tharp's system quality number (<see cref="SystemQualityNumber"/>).</summary>
    public double Sqn { get; }

    /// <summary>Kelly fraction (<see cref="KellyCriterion"/>).</summary>
    public double KellyFraction { get; }

    /// <summary>Historical 95 % value at risk of a bar, percent (<see cref="ValueAtRisk"/>).</summary>
    public double ValueAtRisk95Pct { get; }

    /// <summary>Historical 95 % conditional value at risk of a bar, percent (<see cref="ConditionalValueAtRisk"/>).</summary>
    public double ConditionalValueAtRisk95Pct { get; }

    /// <summary>Buying at the first close and holding to the last, percent (<see cref="BuyAndHoldReturn"/>).</summary>
    public double BuyAndHoldReturnPct { get; }

    /// <summary>All fees paid.</summary>
    public double FeesPaid { get; }

    /// <summary>Bars that reached both a stop and a take-profit (decided by the intrabar policy).</summary>
    public int AmbiguousBars { get; }

    /// <summary>Final equity with every ambiguous bar resolved stop-first.</summary>
    public double PessimisticFinalEquity { get; }

    /// <summary>Final equity with every ambiguous bar resolved take-profit-first.</summary>
    public double OptimisticFinalEquity { get; }

    /// <summary>Entries rejected (cash, minimum notional, or nothing left after rounding).</summary>
    public int RejectedOrders { get; }

    /// <summary>Portfolio entries dropped because every position slot was taken (0 for one symbol).</summary>
    public int SkippedEntries { get; }

    /// <summary>Futures positions liquidated.</summary>
    public int Liquidations { get; }

    /// <summary>Net funding paid by the futures positions (negative when received), in the quote currency.</summary>
    public double FundingPaid { get; }

    /// <summary>Number of symbols: 1, or a portfolio's count.</summary>
    public int SymbolCount => _portfolio is null ? 1 : _symbols.Count;

    /// <summary>True when the candles are synthetic (the sample market).</summary>
    public bool IsSynthetic { get; }

    /// <summary>The data-quality summary of the candles (<c>clean</c>, or what was found).</summary>
    public string DataQuality { get; }

    /// <summary>SHA-256 of the candles used (see <see cref="CandleFingerprint"/>).</summary>
    public string DataSha256 { get; }

    /// <summary>Every trade, in entry order (an open one last); a portfolio's by entry time, then symbol.</summary>
    public IReadOnlyList<Trade> GetTrades() => _simulation?.GetTrades() ?? _portfolio!.GetTrades();

    /// <summary>A portfolio's per-symbol results (each symbol's trades, its share of the equity, its metrics); a single run's is itself.</summary>
    public IReadOnlyList<BacktestResult> GetSymbolResults() => _portfolio is null ? [this] : _symbols;

    /// <summary>True for a multi-symbol portfolio's result.</summary>
    public bool IsPortfolio => _portfolio is not null;

    /// <summary>Equity and drawdown at every bar's close (a portfolio's: at every step of its timeline).</summary>
    public IReadOnlyList<EquityPoint> GetEquityCurve()
    {
        var times = _input.TimeMs.Span;
        var equity = _input.Equity.Span;
        var drawdown = PerformanceCalculator.DrawdownPct(_input);
        var points = new EquityPoint[equity.Length];
        for (int i = 0; i < points.Length; i++) points[i] = new EquityPoint(CandleSeries.ToUtc(times[i]), equity[i], drawdown[i]);
        return points;
    }

    /// <summary>The return of every calendar month (UTC), in time order.</summary>
    public IReadOnlyList<MonthlyReturn> GetMonthlyReturns() => PerformanceCalculator.MonthlyReturns(_input);

    /// <summary>Every metric, as the metrics library computed it.</summary>
    public PerformanceMetrics GetMetrics() => _metrics;

    /// <summary>The run manifest (re-run it with <see cref="BacktestRunner.ReplayAsync"/>).</summary>
    public RunManifest GetManifest() => _manifest;

    /// <summary>The simulator's result: the equity column, trade rows and account details.</summary>
    /// <exception cref="InvalidOperationException">A portfolio's result: see <see cref="GetPortfolioSimulation"/> and <see cref="GetSymbolResults"/>.</exception>
    public SimulationResult GetSimulation() => _simulation
        ?? throw new InvalidOperationException("A portfolio has one simulation per symbol: use GetSymbolResults() or GetPortfolioSimulation().");

    /// <summary>The portfolio simulation, or null for a single-symbol run.</summary>
    public PortfolioSimulation? GetPortfolioSimulation() => _portfolio;

    /// <summary>What the metrics were computed from.</summary>
    public PerformanceInput GetPerformanceInput() => _input;
}
