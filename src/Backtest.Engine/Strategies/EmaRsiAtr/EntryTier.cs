namespace Backtest.Engine.Strategies;

/// <summary>
/// The five ways <see cref="EmaRsiAtr"/> tries to enter a setup, numbered as the catalog names them
/// (<c>tier1_enabled</c>, <c>tier1_timeout</c>, ...). They are tried one at a time, from the most passive to the
/// most aggressive, in <see cref="EntryTiers.FallThroughOrder"/>: 1 → 2 → 5 → 3 → 4. A tier whose order has not
/// filled when its timeout ends hands over to the next enabled one; the tier that filled is the trade's
/// <see cref="Simulation.Trade.EntryTag"/> (<see cref="EntryTiers.Tag"/>).
/// </summary>
public enum EntryTier
{
    /// <summary>Tier 1: a limit order at the fast EMA (at most the last close for a buy, at least it for a sell): a pullback to the EMA, maker fee.</summary>
    EmaTouch = 1,

    /// <summary>Tier 2: a limit order at the last close: joins the book at the last price, filling on any dip (rally, for a sell) below it.</summary>
    Limit = 2,

    /// <summary>
    /// Tier 3: a VWAP order (<see cref="Simulation.OrderType.Vwap"/>) over <c>tier3_timeout</c> bars, one equal slice per
    /// bar at its typical price. It always completes unless the setup ends first (then, all or nothing, it leaves no
    /// trade), so the market tier after it fills only when the account could not pay for it.
    /// </summary>
    Vwap = 3,

    /// <summary>Tier 4: a market order at the next open; the last resort (it has no timeout parameter: it fills on the next bar or not at all).</summary>
    Market = 4,

    /// <summary>
    /// Tier 5 (the fifth, not named by the issue): a stop-market order at the last closed bar's high (a buy) or low (a
    /// sell), i.e. a breakout entry: when the passive tiers found no pullback, it chases only if the price confirms the
    /// setup by trading beyond the latest bar's extreme. A conditional taker order, so it comes after the limits and
    /// before the unconditional VWAP and market tiers.
    /// </summary>
    Breakout = 5,
}
