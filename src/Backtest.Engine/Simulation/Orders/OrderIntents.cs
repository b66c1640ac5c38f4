using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Where a strategy writes its orders for one bar. Owned and reused by the simulator, so writing orders allocates
/// nothing; what is written is submitted right after <see cref="IStrategy.OnBar"/> returns, in order.
/// </summary>
public sealed class OrderIntents
{
    private OrderIntent[] _items = new OrderIntent[4];
    private ProtectiveStops? _checkedStops;

    /// <summary>Signed position at this close (the same as <see cref="BarState.Position"/>).</summary>
    public double Position { get; internal set; }

    /// <summary>Intents written so far for this bar.</summary>
    public int Count { get; private set; }

    /// <summary>True when <see cref="CancelPending"/> was called for this bar.</summary>
    public bool CancelsPending { get; private set; }

    /// <summary>The intents written for this bar, in order.</summary>
    public ReadOnlySpan<OrderIntent> Items => _items.AsSpan(0, Count);

    /// <summary>Adds an order.</summary>
    /// <exception cref="Errors.BacktestException">The intent is invalid (see <see cref="OrderIntent.Validate"/>).</exception>
    public void Add(in OrderIntent intent)
    {
        intent.Validate();
        Append(intent);
    }

    /// <summary>A market order to be long (reversing a short), with optional stops for the new position.</summary>
    /// <param name="stops">Stops for the new position, or null for the options' defaults.</param>
    /// <param name="strength">Ranking among entries competing for portfolio slots (see <see cref="OrderIntent.Strength"/>).</param>
    public void EnterLong(ProtectiveStops? stops = null, double strength = 0) =>
        Append(OrderIntent.Market(OrderAction.EnterLong) with { Stops = stops, Strength = strength });

    /// <summary>A market order to be short (reversing a long), with optional stops for the new position.</summary>
    /// <param name="stops">Stops for the new position, or null for the options' defaults.</param>
    /// <param name="strength">Ranking among entries competing for portfolio slots (see <see cref="OrderIntent.Strength"/>).</param>
    public void EnterShort(ProtectiveStops? stops = null, double strength = 0) =>
        Append(OrderIntent.Market(OrderAction.EnterShort) with { Stops = stops, Strength = strength });

    /// <summary>A market order closing the position.</summary>
    public void Exit() => Append(OrderIntent.Market(OrderAction.Exit));

    /// <summary>Cancels every order still pending from earlier bars before this bar's intents are submitted.</summary>
    public void CancelPending() => CancelsPending = true;

    /// <summary>
    /// The market order a <see cref="Strategies.Signal"/> means at this close: an entry unless the position is
    /// already on that side, an exit only of the side held; anything else is ignored.
    /// </summary>
    public void Signal(Signal signal, ProtectiveStops? stops = null, double strength = 0)
    {
        switch (signal)
        {
            case Strategies.Signal.EnterLong when Position <= 0: EnterLong(stops, strength); break;
            case Strategies.Signal.EnterShort when Position >= 0: EnterShort(stops, strength); break;
            case Strategies.Signal.ExitLong when Position > 0: Exit(); break;
            case Strategies.Signal.ExitShort when Position < 0: Exit(); break;
        }
    }

    // Market intents built here are valid by construction; only their stops (the caller's) need a check, and a
    // strategy passes the same stops object bar after bar, so it is checked once.
    private void Append(in OrderIntent intent)
    {
        if (!double.IsFinite(intent.Strength)) intent.Validate();
        if (intent.Stops is { } stops && !ReferenceEquals(stops, _checkedStops))
        {
            stops.Validate();
            _checkedStops = stops;
        }
        if (Count == _items.Length) Array.Resize(ref _items, Count * 2);
        _items[Count++] = intent;
    }

    /// <summary>True when an entry was written for this bar.</summary>
    internal bool HasEntry
    {
        get
        {
            foreach (ref readonly var intent in Items)
            {
                if (intent.Action != OrderAction.Exit) return true;
            }
            return false;
        }
    }

    /// <summary>The largest strength among this bar's entries.</summary>
    internal double EntryStrength
    {
        get
        {
            double strength = double.NegativeInfinity;
            foreach (ref readonly var intent in Items)
            {
                if (intent.Action != OrderAction.Exit) strength = Math.Max(strength, intent.Strength);
            }
            return strength;
        }
    }

    /// <summary>Removes this bar's entries (a portfolio with no free slot), keeping exits.</summary>
    internal void RemoveEntries()
    {
        int kept = 0;
        for (int k = 0; k < Count; k++)
        {
            if (_items[k].Action == OrderAction.Exit) _items[kept++] = _items[k];
        }
        Count = kept;
    }

    internal void Reset(double position)
    {
        Position = position;
        Count = 0;
        CancelsPending = false;
    }
}
