namespace Backtest.Engine.Simulation;

/// <summary>How an order is priced (see <see cref="IFillModel"/> for when and where each fills).</summary>
public enum OrderType
{
    /// <summary>Fills at the fill model's market price (next bar's open by default); pays the taker fee and slippage.</summary>
    Market = 0,

    /// <summary>Fills at the limit price or better once the bar trades there; pays the maker fee, no slippage.</summary>
    Limit = 1,

    /// <summary>Becomes a market order when the bar trades through the stop price; a bar that opens beyond it fills at the open.</summary>
    StopMarket = 2,

    /// <summary>Becomes a limit order at the limit price when the bar trades through the stop price.</summary>
    StopLimit = 3,

    /// <summary>
    /// Trades in <see cref="OrderIntent.Slices"/> equal slices, one per bar over the next that many bars, each at its
    /// bar's typical price <c>(H + L + C) / 3</c> (the bar's VWAP proxy), and is recorded as one fill at the slices'
    /// average price when the last slice completes (taker fee and slippage; an entry's stops watch from the next bar).
    /// All or nothing: cancelled before its last slice, it leaves no trace (the slices are not modelled as partial fills).
    /// </summary>
    Vwap = 4,
}
