using Backtest.Engine.Indicators;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Three EMAs, RSI and ATR (in the spirit of freqtrade's 3-EMA/RSI/ATR strategies) with a hybrid, tiered entry.
/// <para>
/// <b>Setup</b> at bar <c>i</c>'s close: long when <c>EMA(ema_fast) &gt; EMA(ema_slow) &gt; EMA(ema_trend)</c> and
/// <c>RSI(rsi_period) &gt; rsi_long</c>; short when the stack is reversed and <c>RSI &lt; rsi_short</c>; none while any
/// column is warming up or <c>ATR(atr_period)</c> is not positive. A run of bars with the same setup is one
/// <i>episode</i>; each episode is entered at most once.
/// </para>
/// <para>
/// <b>Entry.</b> When an episode begins flat (or once the position it reverses is closed), the tiers are tried one
/// at a time in <see cref="EntryTiers.FallThroughOrder"/> (1 → 2 → 5 → 3 → 4), each enabled tier's order placed at
/// the close where the previous one ran out unfilled (<see cref="EntryTier"/> says what each places). A fill, even one
/// stopped out within its own bar (seen as a change of cash while flat), ends the episode's entry; so does running
/// out of tiers. The episode ending (setup lost or reversed) cancels the working order.
/// </para>
/// <para>
/// <b>Exits.</b> Each entry carries <see cref="StopLevel.Offset"/> levels computed from the ATR at the close its
/// tier was placed: stop-loss <c>sl_atr_multiplier × ATR</c> and take-profit <c>tp_atr_multiplier × ATR</c> from the
/// fill, and (optional) a trailing stop <c>trailing_atr_multiplier × ATR</c> from the best price since entry. The
/// trail binds once it is tighter than the stop-loss, i.e. from entry when trailing ≤ sl, else once the best price is
/// <c>(trailing − sl) × ATR</c> in profit: the two multipliers set the trailing threshold. An opposite setup closes
/// the position at the next open; long-short then works the short episode from the bar after.
/// </para>
/// </summary>
public sealed partial class EmaRsiAtr : IStrategy
{
    private readonly EntryTierSetting[] _tiers;
    private Data.CandleSeries? _candles;
    private double[] _fast = [], _slow = [], _trend = [], _rsi = [], _atr = [];
    private int _lastSetup, _side, _step, _stepEndsAt;
    private bool _working, _startWhenFlat, _wasFlat;
    private int _entries;

    /// <summary>Creates the strategy.</summary>
    public EmaRsiAtr(EmaRsiAtrParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _tiers = [.. parameters.Tiers];
    }

    /// <summary>The parameters.</summary>
    public EmaRsiAtrParameters Parameters { get; }

    /// <inheritdoc />
    public string Name => Entry.Name;

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candles = context.Candles;
        _candles = candles;
        _fast = Ema.Series(candles.Close, Parameters.EmaFast);
        _slow = Ema.Series(candles.Close, Parameters.EmaSlow);
        _trend = Ema.Series(candles.Close, Parameters.EmaTrend);
        _rsi = Rsi.Series(candles.Close, Parameters.RsiPeriod);
        _atr = Atr.Series(candles, Parameters.AtrPeriod).Atr;
        (_lastSetup, _side, _step, _stepEndsAt) = (0, 0, -1, -1);
        (_working, _startWhenFlat, _wasFlat, _entries) = (false, false, true, 0);
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int i = state.Index, setup = Setup(i);
        int held = Math.Sign(state.Position);
        // Flat to flat with one more entry: the working tier filled and its stop or target closed it in the same bar.
        if (_working && _wasFlat && (held != 0 || state.Entries != _entries)) _working = false;
        if (setup != _lastSetup)
        {
            if (_working) orders.CancelPending();
            _working = false;
            _startWhenFlat = setup != 0 && Trades(setup) && held != setup;
            _lastSetup = setup;
        }
        if (held != 0 && setup == -held) orders.Exit();
        if (held == 0)
        {
            if (_startWhenFlat)
            {
                (_startWhenFlat, _working, _side, _step) = (false, true, setup, -1);
                PlaceNextTier(i, orders);
            }
            else if (_working && i >= _stepEndsAt)
            {
                PlaceNextTier(i, orders);
            }
        }
        _wasFlat = held == 0;
        _entries = state.Entries;
    }

    /// <summary>The setup at bar <paramref name="i"/>'s close: +1 long, −1 short, 0 none.</summary>
    private int Setup(int i)
    {
        double fast = _fast[i], slow = _slow[i], trend = _trend[i], rsi = _rsi[i];
        if (!(_atr[i] > 0)) return 0;
        if (fast > slow && slow > trend && rsi > Parameters.RsiLong) return 1;
        if (fast < slow && slow < trend && rsi < Parameters.RsiShort) return -1;
        return 0;
    }

    private bool Trades(int side) => side > 0 || Parameters.Direction == TradeDirection.LongShort;

    /// <summary>Places the next enabled tier after the current one, or ends the episode's entry when none is left.</summary>
    private void PlaceNextTier(int i, OrderIntents orders)
    {
        while (++_step < _tiers.Length)
        {
            var setting = _tiers[_step];
            if (!setting.Enabled) continue;
            orders.Add(TierOrder(setting, i));
            _stepEndsAt = i + setting.TimeoutBars;
            return;
        }
        _working = false;
    }

    private OrderIntent TierOrder(EntryTierSetting setting, int i)
    {
        var candles = _candles ?? throw new InvalidOperationException("Initialize first.");
        bool isLong = _side > 0;
        var action = isLong ? OrderAction.EnterLong : OrderAction.EnterShort;
        double close = candles.Close[i];
        var order = setting.Tier switch
        {
            // A buy limit above the last price would cross the book: cap it at the close (floor it, for a sell).
            EntryTier.EmaTouch => OrderIntent.Limit(action, isLong ? Math.Min(_fast[i], close) : Math.Max(_fast[i], close)),
            EntryTier.Limit => OrderIntent.Limit(action, close),
            EntryTier.Breakout => OrderIntent.Stop(action, isLong ? candles.High[i] : candles.Low[i]),
            EntryTier.Vwap => OrderIntent.Vwap(action, setting.TimeoutBars),
            _ => OrderIntent.Market(action),
        };
        double atr = _atr[i];
        var stops = new ProtectiveStops
        {
            StopLoss = StopLevel.Offset(Parameters.SlAtrMultiplier * atr),
            TakeProfit = StopLevel.Offset(Parameters.TpAtrMultiplier * atr),
            Trailing = Parameters.TrailingAtrMultiplier is { } trailing ? StopLevel.Offset(trailing * atr) : null,
        };
        // Strength: how far the RSI is past its threshold, so a portfolio short of slots takes the firmest setups first.
        double strength = isLong ? _rsi[i] - Parameters.RsiLong : Parameters.RsiShort - _rsi[i];
        return order with { TimeoutBars = setting.TimeoutBars, Stops = stops, Strength = strength, Tag = EntryTiers.Tag(setting.Tier) };
    }
}
