using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>The book's face towards a <see cref="PortfolioEngine"/>: its state and the entry it asks for.</summary>
internal sealed partial class SimulationEngine
{
    /// <summary>Signed base units held.</summary>
    public double Position => _position;

    /// <summary>Fill price of the open position's entry.</summary>
    public double EntryPrice => _entryPrice;

    /// <summary>The close of the last bar this book marked (NaN before its first bar).</summary>
    public double LastClose { get; private set; } = double.NaN;

    /// <summary>The price the position is marked at: the last close, or the entry price before the book's first close.</summary>
    public double MarkPrice => double.IsNaN(LastClose) ? _entryPrice : LastClose;

    /// <summary>Leverage of this book's positions (1 for spot).</summary>
    public double Leverage => _margin.Leverage;

    /// <summary>True for USD-M futures.</summary>
    public bool IsFutures => _margin.Active;

    /// <summary>True while an entry order waits to fill.</summary>
    public bool HasPendingEntry
    {
        get
        {
            for (int k = 0; k < _pendingCount; k++)
            {
                if (_pending[k].Action != OrderAction.Exit) return true;
            }
            return false;
        }
    }

    /// <summary>True when the book is flat, waits for no entry, and its strategy asked for one at this close.</summary>
    public bool AsksNewPosition => _position == 0 && !HasPendingEntry && _intents.HasEntry;

    /// <summary>The strength of the entry asked for at this close.</summary>
    public double EntryStrength => _intents.EntryStrength;

    /// <summary>Drops the entry asked for at this close (no free slot), keeping any exit.</summary>
    public void DropEntries() => _intents.RemoveEntries();

    /// <summary>Drops the orders still pending after the book's last bar (they can never fill), counting them as expired.</summary>
    public void ExpireAfterLastBar()
    {
        _expiredOrders += _pendingCount;
        _pendingCount = 0;
    }

    /// <summary>Initialises the strategy for a portfolio run (bar by bar: no signal column).</summary>
    public void Start() => _strategy.Initialize(new StrategyContext(_candles, _market, _options));
}
