using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Backtest.Engine.Data;
using Backtest.Engine.Metrics;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One simulation: the bar loop and the account it moves. Per bar, in this order:
/// <list type="number">
/// <item>pending market orders fill (at the open, with the default model);</item>
/// <item>the open position's stop-loss, take-profit and trailing stop are checked against the bar (a gap through a
/// level fills at the open; a bar reaching both is ambiguous and the intrabar policy decides);</item>
/// <item>pending limit and stop orders are checked against the bar;</item>
/// <item>the bar closes: the strategy decides, its orders are submitted (this-close fills happen here);</item>
/// <item>the trailing stop follows the bar, and equity is marked at the close.</item>
/// </list>
/// With a signal strategy, runs of bars with no signal, no pending order and no armed stop are marked in one
/// vectorised step (the equity of a constant position) instead of bar by bar; the result is the same.
/// </summary>
internal sealed partial class SimulationEngine
{
    private readonly CandleSeries _candles;
    private readonly SimulationOptions _options;
    private readonly IStrategy _strategy;
    private readonly IntrabarPolicy _intrabar;
    private readonly MarketView _market;
    private readonly OrderIntents _intents = new();
    private readonly double[] _equity;
    private readonly List<TradeRow> _trades = [];
    private PendingOrder[] _pending = new PendingOrder[4];
    private int _pendingCount;
    private StopState _stops;
    private ProtectiveStops _signalStops = ProtectiveStops.None;
    private readonly bool _slippageFree;
    private readonly Account _account;

    private double _position, _entryPrice, _entryFee, _feesPaid, _flow;
    private string? _entryTag;
    private int _entries;
    private int _entryBar = -1, _ambiguousBars, _rejectedOrders, _expiredOrders;

    /// <param name="candles">The symbol's candles.</param>
    /// <param name="strategy">The strategy (an instance of its own: it keeps per-run state).</param>
    /// <param name="options">The models.</param>
    /// <param name="intrabar">The intrabar policy of this run (the bounds re-run the others).</param>
    /// <param name="account">The shared cash of a portfolio, or null for an account of its own.</param>
    public SimulationEngine(CandleSeries candles, IStrategy strategy, SimulationOptions options, IntrabarPolicy intrabar, Account? account = null)
    {
        _candles = candles;
        _strategy = strategy;
        _options = options;
        _intrabar = intrabar;
        _market = new MarketView(candles, options.AtrPeriod, options.LowerTimeframe);
        _equity = GC.AllocateUninitializedArray<double>(candles.Count);
        _account = account ?? new Account(options.InitialCash);
        _margin = options.Futures is { } futures
            ? new MarginBook(futures, options.MarginModel ?? new UsdMMarginModel(futures), options.FundingRates?.GetValueOrDefault(candles.Symbol), candles)
            : MarginBook.Spot;
        _slippageFree = options.Slippage is NoSlippage;
    }

    public SimulationResult Run(CancellationToken cancellationToken)
    {
        var context = new StrategyContext(_candles, _market, _options);
        _strategy.Initialize(context);
        var signalStrategy = _options.UseSignalFastPath ? _strategy as ISignalStrategy : null;
        int n = _candles.Count;
        // The signal column lives only for the run: rented, cleared, filled by the strategy, returned.
        Signal[]? signalColumn = signalStrategy is null ? null : ArrayPool<Signal>.Shared.Rent(n);
        try
        {
            if (signalStrategy is not null)
            {
                signalColumn.AsSpan(0, n).Clear();
                signalStrategy.ComputeSignals(context, signalColumn.AsSpan(0, n));
                _signalStops = (signalStrategy.EntryStops ?? ProtectiveStops.None).Over(_options.Stops);
            }
            Loop(signalColumn, cancellationToken);
        }
        finally
        {
            if (signalColumn is not null) ArrayPool<Signal>.Shared.Return(signalColumn);
        }
        return Result();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Loop(Signal[]? signalColumn, CancellationToken cancellationToken)
    {
        int n = _candles.Count;
        ReadOnlySpan<sbyte> signals = signalColumn is null ? default : MemoryMarshal.Cast<Signal, sbyte>(signalColumn.AsSpan(0, n));
        ReadOnlySpan<double> close = _candles.Close;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (signalColumn is not null && _pendingCount == 0 && !_stops.Active && signals[i] == 0 && !_margin.Active)
            {
                int next = signals.Slice(i).IndexOfAnyExcept((sbyte)0);
                int end = next < 0 ? n : i + next;
                MarkRun(i, end, close);
                i = end - 1;
                continue;
            }
            OpenBar(i);
            Ask(i, close[i], signalColumn);
            SubmitIntents(i);
            CloseBar(i);
        }
        Finish(n, _candles.Open[n - 1], close[n - 1]);
    }

    /// <summary>
    /// The bar until its close: funding due at its open, pending market orders at the open, then the open position's
    /// liquidation, stops and take-profit, then resting limit and stop orders.
    /// </summary>
    internal void OpenBar(int i)
    {
        AtOpen(i);
        InsideBar(i);
    }

    /// <summary>The bar's open: funding due at its open time, then pending market orders.</summary>
    internal void AtOpen(int i)
    {
        if (_margin.Funds && _margin.NextFundingBar <= i) PayFunding(i);
        if (_pendingCount > 0) FillPending(i, marketOrders: true);
    }

    /// <summary>Inside the bar: the open position's liquidation, stops and take-profit, then resting limit and stop orders.</summary>
    internal void InsideBar(int i)
    {
        bool liquidated = _margin.Active && _position != 0 && CheckLiquidation(i);
        if (!liquidated && _stops.Active && i >= _stops.ArmedFrom) CheckStops(i);
        if (_pendingCount > 0) FillPending(i, marketOrders: false);
    }

    /// <summary>The strategy's decision at bar <paramref name="bar"/>'s close, written to the intents (not yet submitted).</summary>
    /// <param name="bar">The bar that closed.</param>
    /// <param name="close">Its close.</param>
    /// <param name="signals">The signal column (fast path), or null to ask the strategy.</param>
    /// <param name="portfolioEquity">A portfolio's equity at this close (NaN alone: the book's own).</param>
    internal void Ask(int bar, double close, Signal[]? signals, double portfolioEquity = double.NaN)
    {
        _intents.Reset(_position);
        if (signals is not null)
        {
            if (signals[bar] != Signal.None) _intents.Signal(signals[bar], _signalStops);
        }
        else
        {
            double equity = double.IsNaN(portfolioEquity) ? _account.Cash + _position * close : portfolioEquity;
            _strategy.OnBar(new BarState(bar, _position, _account.Cash, equity, _position == 0 ? double.NaN : _entryPrice, _position == 0 ? -1 : _entryBar, _entries), _intents);
        }
    }

    /// <summary>Submits the intents <see cref="Ask"/> wrote (a portfolio may have dropped entries first).</summary>
    internal void SubmitIntents(int bar)
    {
        if (_intents.CancelsPending) _pendingCount = 0;
        if (_intents.Count > 0) Submit(bar);
    }

    /// <summary>After the decision: the trailing stop follows the bar, and the bar is marked at its close.</summary>
    internal void CloseBar(int i)
    {
        double close = _candles.Close[i];
        if (_stops.Active && i >= _stops.ArmedFrom) _stops.Follow(_candles.High[i], _candles.Low[i], _market, i);
        // Alone, the equity is the account's; in a portfolio, the column is this symbol's share: its cash flows and position.
        _equity[i] = Cash + _position * close;
        LastClose = close;
    }

    /// <summary>This book's cash: the account's when alone; in a portfolio, the starting cash plus this symbol's cash flows.</summary>
    private double Cash => _account.Portfolio is null ? _account.Cash : _account.InitialCash + _flow;

    /// <summary>Marks bars [from, to) with a position that cannot change there: cash + position × close.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkRun(int from, int to, ReadOnlySpan<double> close)
    {
        var equity = _equity.AsSpan(from, to - from);
        double cash = Cash, position = _position;
        if (position == 0)
        {
            equity.Fill(cash);
            return;
        }
        var prices = close.Slice(from, to - from);
        int k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var c = new Vector<double>(cash);
            var p = new Vector<double>(position);
            for (; k <= prices.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                // Multiply then add, as the bar loop does: no fused multiply-add, so the bits match.
                (c + p * new Vector<double>(prices.Slice(k))).CopyTo(equity.Slice(k));
            }
        }
        for (; k < prices.Length; k++) equity[k] = cash + position * prices[k];
    }

    /// <summary>Applies the end-of-data policy after the last bar.</summary>
    internal void Finish(int n, double lastOpen, double lastClose)
    {
        if (_position == 0 || _options.EndOfData == EndOfDataPolicy.Keep) return;
        double price = _options.EndOfData == EndOfDataPolicy.CloseAtLastOpen ? lastOpen : lastClose;
        ClosePosition(n - 1, price, isMaker: false, ExitReason.EndOfData, lastClosedBar: n - 1);
        _equity[n - 1] = Cash;
    }

    /// <summary>The book's result (its equity column, trades and counters).</summary>
    internal SimulationResult Result()
    {
        int last = _candles.Count - 1;
        var rows = _trades;
        TradeRow? open = _position == 0 ? null : new TradeRow(_entryBar, last, _position > 0 ? TradeSide.Long : TradeSide.Short,
            Math.Abs(_position), _entryPrice, _candles.Close[last], _entryFee, 0, ExitReason.Open, _entryTag);
        return new SimulationResult(_candles, _strategy.Name, _options.InitialCash, _equity, rows, open, Cash, _position, _feesPaid,
            _ambiguousBars, _rejectedOrders, _expiredOrders, _margin.Liquidations, _margin.FundingPaid);
    }
}
