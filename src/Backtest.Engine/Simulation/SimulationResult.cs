using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>
/// What a simulation produced: the account at the end, the per-bar equity curve (marked at each close) and the
/// trades. Trades are kept as compact rows and turned into <see cref="Trade"/> records on first request, so a run
/// pays for objects only when someone reads them. Immutable.
/// </summary>
public sealed class SimulationResult
{
    private readonly double[] _equity;
    private readonly List<TradeRow> _closed;
    private readonly TradeRow? _open;
    private IReadOnlyList<Trade>? _trades;

    internal SimulationResult(CandleSeries candles, string strategy, double initialCash, double[] equity, List<TradeRow> closed, TradeRow? open,
        double finalCash, double finalPosition, double feesPaid, int ambiguousBars, int rejectedOrders, int expiredOrders, int liquidations = 0, double fundingPaid = 0)
    {
        Candles = candles;
        Strategy = strategy;
        InitialCash = initialCash;
        _equity = equity;
        _closed = closed;
        _open = open;
        FinalCash = finalCash;
        FinalPosition = finalPosition;
        FeesPaid = feesPaid;
        BarsInMarket = CountBarsInMarket(closed, open, candles.Count);
        AmbiguousBars = ambiguousBars;
        RejectedOrders = rejectedOrders;
        ExpiredOrders = expiredOrders;
        Liquidations = liquidations;
        FundingPaid = fundingPaid;
        PessimisticFinalEquity = OptimisticFinalEquity = FinalEquity;
    }

    /// <summary>The candles simulated.</summary>
    public CandleSeries Candles { get; }

    /// <summary>The strategy's name.</summary>
    public string Strategy { get; }

    /// <summary>Starting cash.</summary>
    public double InitialCash { get; }

    /// <summary>Equity after the last bar: cash plus any open position marked at the last close.</summary>
    public double FinalEquity => _equity[^1];

    /// <summary>Cash after the last bar.</summary>
    public double FinalCash { get; }

    /// <summary>Signed base units still held (0 unless the end-of-data policy keeps positions open).</summary>
    public double FinalPosition { get; }

    /// <summary><c>FinalEquity / InitialCash − 1</c>.</summary>
    public double TotalReturn => FinalEquity / InitialCash - 1;

    /// <summary>Entries filled: closed trades plus the one still open, if any.</summary>
    public int TradeCount => _closed.Count + (_open is null ? 0 : 1);

    /// <summary>Trades closed before the end.</summary>
    public int ClosedTradeCount => _closed.Count;

    /// <summary>All fees paid, in the quote currency.</summary>
    public double FeesPaid { get; }

    /// <summary>Bars during which a position was open at any moment: each trade's entry bar through its exit bar, counted once.</summary>
    public int BarsInMarket { get; }

    /// <summary>Bars that reached both a position's stop and its take-profit (decided by the intrabar policy).</summary>
    public int AmbiguousBars { get; }

    /// <summary>Final equity had every ambiguous bar hit its stop first (equal to <see cref="FinalEquity"/> without ambiguous bars).</summary>
    public double PessimisticFinalEquity { get; private set; }

    /// <summary>Final equity had every ambiguous bar hit its take-profit first.</summary>
    public double OptimisticFinalEquity { get; private set; }

    /// <summary>Entries not filled for want of cash, below the minimum notional, or rounding to nothing.</summary>
    public int RejectedOrders { get; }

    /// <summary>Orders that timed out unfilled.</summary>
    public int ExpiredOrders { get; }

    /// <summary>Futures positions liquidated.</summary>
    public int Liquidations { get; }

    /// <summary>Net funding paid (negative when received), in the quote currency.</summary>
    public double FundingPaid { get; }

    /// <summary>Sets the bounds once the simulator has re-run the other intrabar policies (before the result is handed out).</summary>
    internal void SetBounds(double pessimistic, double optimistic)
    {
        PessimisticFinalEquity = pessimistic;
        OptimisticFinalEquity = optimistic;
    }

    /// <summary>Equity at each bar's close (the last bar's after any end-of-data close), one value per candle.</summary>
    public ReadOnlySpan<double> Equity => _equity;

    /// <summary>The equity curve as an array (a copy).</summary>
    public double[] GetEquity() => (double[])_equity.Clone();

    /// <summary>Every trade in entry order, the open one (if kept) last.</summary>
    public IReadOnlyList<Trade> GetTrades() => _trades ??= Materialize();

    /// <summary>
    /// The metrics library's view of this run: the equity curve, the bar times, the closed trades (an open one is
    /// not a round trip), bars in market, buy-and-hold over the same closes, fees and ambiguous bars.
    /// </summary>
    public PerformanceInput ToPerformanceInput() =>
        new(_equity, Candles.OpenTimeMs.ToArray(), Candles.Interval, InitialCash, ClosedOutcomes())
        {
            BarsInMarket = BarsInMarket,
            BuyAndHoldReturnPct = BuyAndHoldReturn.Pct(Candles.Close),
            FeesPaid = FeesPaid,
            AmbiguousBars = AmbiguousBars,
        };

    /// <summary>The closed trades as the metrics library takes them (an open one is not a round trip).</summary>
    public TradeOutcome[] ClosedOutcomes()
    {
        var closed = new TradeOutcome[_closed.Count];
        var trades = GetTrades();
        for (int k = 0; k < closed.Length; k++)
        {
            var t = trades[k];
            closed[k] = new TradeOutcome(t.EntryTime, t.ExitTime!.Value, t.Side, t.Quantity, t.EntryPrice, t.ExitPrice, t.Pnl, t.ReturnPct, t.Fees, t.BarsHeld);
        }
        return closed;
    }

    private static int CountBarsInMarket(List<TradeRow> closed, TradeRow? open, int bars)
    {
        int count = 0, lastCounted = -1;
        foreach (var row in closed) Add(row.EntryBar, row.ExitBar);
        if (open is { } o) Add(o.EntryBar, bars - 1);
        return count;

        // A reversal exits and enters on one bar; count that bar once.
        void Add(int from, int to)
        {
            from = Math.Max(from, lastCounted + 1);
            if (to >= from) count += to - from + 1;
            lastCounted = Math.Max(lastCounted, to);
        }
    }

    private Trade[] Materialize()
    {
        var trades = new Trade[TradeCount];
        for (int k = 0; k < _closed.Count; k++) trades[k] = ToTrade(_closed[k], isOpen: false);
        if (_open is { } open) trades[^1] = ToTrade(open, isOpen: true);
        return trades;
    }

    private Trade ToTrade(in TradeRow row, bool isOpen)
    {
        var times = Candles.OpenTimeMs;
        double pnl = row.Pnl;
        return new Trade(CandleSeries.ToUtc(times[row.EntryBar]), isOpen ? null : CandleSeries.ToUtc(times[row.ExitBar]), Candles.Symbol,
            row.Side, row.Quantity, row.EntryPrice, row.ExitPrice, pnl, pnl / (row.Quantity * row.EntryPrice) * 100,
            row.EntryFee + row.ExitFee, row.EntryBar, row.ExitBar, row.ExitBar - row.EntryBar, row.Reason, row.EntryTag);
    }
}
