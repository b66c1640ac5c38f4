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
}
