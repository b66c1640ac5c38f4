using Backtest.Engine.Data;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Several symbols trading from one cash account on one timeline: the union of every symbol's bar open times, so a
/// symbol listed later simply starts later and a gap in one symbol stalls none of the others. Each symbol is a book
/// (a <see cref="SimulationEngine"/> with its own strategy instance, orders and stops) sharing the
/// <see cref="Account"/>. At each time step, for the symbols with a bar at that time:
/// <list type="number">
/// <item>every book runs its bar up to the close (funding, fills, liquidation, stops, resting orders);</item>
/// <item>every book's strategy decides at the close;</item>
/// <item>when more flat symbols ask for an entry than there are free position slots, the strongest entries
/// (<see cref="OrderIntent.Strength"/>, larger first) keep theirs, ties going to the symbol first in ordinal order;
/// the others' entries are dropped (counted in <see cref="SkippedEntries"/>);</item>
/// <item>every book submits, its trailing stop follows the bar, and it is marked at the close.</item>
/// </list>
/// A slot is held by an open position or a pending entry order. Entries fill within <see cref="Budget"/>: free cash
/// (spot: less short-sale proceeds, which are collateral; futures: equity less the other positions' initial margin),
/// split evenly over the free slots for all-in sizing (freqtrade's unlimited stake), under the per-symbol and total
/// exposure caps. Portfolio equity is the cash plus every position marked at its symbol's latest close.
/// </summary>
internal sealed class PortfolioEngine
{
    private readonly SimulationEngine[] _books;
    private readonly CandleSeries[] _candles;
    private readonly Account _account;
    private readonly PortfolioRules _rules;
    private readonly SimulationOptions _options;
    private readonly int _maxPositions;
    private readonly long[] _timeline;
    private readonly double[] _equity;
    private readonly int[] _rank;
    private readonly int[] _asking;
    private readonly Comparer<int> _strongestFirst;

    public PortfolioEngine(IReadOnlyList<CandleSeries> candles, IReadOnlyList<IStrategy> strategies, SimulationOptions options, PortfolioRules rules,
        IntrabarPolicy intrabar)
    {
        _options = options;
        _rules = rules;
        _candles = [.. candles];
        _account = new Account(options.InitialCash) { Portfolio = this };
        _books = new SimulationEngine[_candles.Length];
        for (int s = 0; s < _books.Length; s++)
        {
            _books[s] = new SimulationEngine(_candles[s], strategies[s], options, intrabar, _account);
        }
        _maxPositions = rules.MaxPositions == 0 ? _books.Length : Math.Min(rules.MaxPositions, _books.Length);
        _timeline = Timeline(_candles);
        _equity = new double[_timeline.Length];
        // Each symbol's place in ordinal order, which breaks ties between equal strengths.
        _rank = new int[_books.Length];
        var ordinal = Enumerable.Range(0, _books.Length).OrderBy(s => _candles[s].Symbol, StringComparer.Ordinal).ToArray();
        for (int r = 0; r < ordinal.Length; r++) _rank[ordinal[r]] = r;
        _asking = new int[_books.Length];
        _strongestFirst = Comparer<int>.Create((x, y) =>
        {
            int byStrength = _books[y].EntryStrength.CompareTo(_books[x].EntryStrength);
            return byStrength != 0 ? byStrength : _rank[x].CompareTo(_rank[y]);
        });
    }

    /// <summary>Entries dropped because every position slot was taken.</summary>
    public int SkippedEntries { get; private set; }

    /// <summary>Runs the whole timeline.</summary>
    public PortfolioSimulation Run(CancellationToken cancellationToken)
    {
        foreach (var book in _books) book.Start();
        var cursor = new int[_books.Length];
        var active = new int[_books.Length];
        for (int k = 0; k < _timeline.Length; k++)
        {
            if ((k & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            long time = _timeline[k];
            int count = 0;
            for (int s = 0; s < _books.Length; s++)
            {
                if (cursor[s] < _candles[s].Count && _candles[s].OpenTimeMs[cursor[s]] == time) active[count++] = s;
            }
            // Every open before anything inside a bar: a fill at one symbol's open cannot use cash another symbol's stop
            // frees later in the same bar.
            for (int a = 0; a < count; a++) _books[active[a]].AtOpen(cursor[active[a]]);
            for (int a = 0; a < count; a++) _books[active[a]].InsideBar(cursor[active[a]]);
            double equity = EquityAtClose(active.AsSpan(0, count), cursor);
            for (int a = 0; a < count; a++)
            {
                int s = active[a];
                _books[s].Ask(cursor[s], _candles[s].Close[cursor[s]], null, equity);
            }
            AllotSlots(active.AsSpan(0, count));
            for (int a = 0; a < count; a++)
            {
                int s = active[a], i = cursor[s];
                _books[s].SubmitIntents(i);
                _books[s].CloseBar(i);
                if (i == _candles[s].Count - 1)
                {
                    _books[s].Finish(i + 1, _candles[s].Open[i], _candles[s].Close[i]);
                    _books[s].ExpireAfterLastBar();   // an entry left pending would hold a slot for ever
                }
                cursor[s]++;
            }
            _equity[k] = Equity();
        }
        return new PortfolioSimulation(_timeline, _equity, _options.InitialCash, [.. _books.Select(b => b.Result())], SkippedEntries);
    }

    /// <summary>The equity strategies see at this step's close: the active symbols marked at this close, the others at their latest.</summary>
    private double EquityAtClose(ReadOnlySpan<int> active, int[] cursor)
    {
        double equity = Equity();
        foreach (int s in active)
        {
            var book = _books[s];
            if (book.Position != 0) equity += book.Position * (_candles[s].Close[cursor[s]] - book.MarkPrice);
        }
        return equity;
    }

    /// <summary>Cash plus every position marked at its symbol's latest close.</summary>
    public double Equity()
    {
        double equity = _account.Cash;
        foreach (var book in _books)
        {
            if (book.Position != 0) equity += book.Position * book.MarkPrice;
        }
        return equity;
    }

    /// <summary>What an entry of <paramref name="book"/> may use now (the book is flat: reversals close first).</summary>
    public EntryBudget Budget(SimulationEngine book)
    {
        double equity = Equity();
        int open = 0;
        double usedNotional = 0, usedMargin = 0, shortProceeds = 0;
        foreach (var other in _books)
        {
            if (other == book || other.Position == 0) continue;
            open++;
            double notional = Math.Abs(other.Position) * other.EntryPrice;
            usedNotional += notional;
            usedMargin += notional / other.Leverage;
            if (other.Position < 0) shortProceeds += notional;
        }
        int free = _maxPositions - open;
        if (free <= 0) return new EntryBudget(0, equity, 0);
        double available = book.IsFutures ? equity - usedMargin : _account.Cash - shortProceeds;
        double cash = Math.Max(0, _options.Sizing is AllInSizing ? available / free : available);
        // The caps are fractions of equity per unit of leverage: at 3x, a cap of 1 allows a notional of 3 x equity.
        double leverage = book.Leverage;
        double maxNotional = Math.Max(0, Math.Min(_rules.MaxSymbolExposure * equity * leverage, _rules.MaxTotalExposure * equity * leverage - usedNotional));
        return new EntryBudget(cash, equity, maxNotional);
    }

    /// <summary>Cross margin: adds the other books' wallet share (position × entry price), maintenance margin and unrealised PnL.</summary>
    public void OtherPositions(SimulationEngine book, ref double wallet, ref double maintenance, ref double unrealized)
    {
        foreach (var other in _books)
        {
            if (other == book || other.Position == 0) continue;
            wallet += other.Position * other.EntryPrice;
            maintenance += other.MaintenanceMargin;
            unrealized += other.Position * (other.MarkPrice - other.EntryPrice);
        }
    }

    /// <summary>Drops the weakest new entries when more flat symbols ask for one than there are free slots.</summary>
    private void AllotSlots(ReadOnlySpan<int> active)
    {
        int held = 0;
        foreach (var book in _books)
        {
            if (book.Position != 0 || book.HasPendingEntry) held++;
        }
        int free = Math.Max(0, _maxPositions - held), asking = 0;
        foreach (int s in active)
        {
            if (_books[s].AsksNewPosition) _asking[asking++] = s;
        }
        if (asking <= free) return;
        // Strongest first; equal strengths in ordinal symbol order.
        Array.Sort(_asking, 0, asking, _strongestFirst);
        for (int r = free; r < asking; r++)
        {
            _books[_asking[r]].DropEntries();
            SkippedEntries++;
        }
    }

    /// <summary>Every distinct open time of every symbol, ascending.</summary>
    private static long[] Timeline(CandleSeries[] candles)
    {
        var times = new long[candles.Sum(c => c.Count)];
        int n = 0;
        foreach (var c in candles)
        {
            c.OpenTimeMs.CopyTo(times.AsSpan(n));
            n += c.Count;
        }
        Array.Sort(times);
        int distinct = 0;
        for (int k = 0; k < times.Length; k++)
        {
            if (k == 0 || times[k] != times[k - 1]) times[distinct++] = times[k];
        }
        return times[..distinct];
    }
}
