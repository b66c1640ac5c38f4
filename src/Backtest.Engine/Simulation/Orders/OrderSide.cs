namespace Backtest.Engine.Simulation;

/// <summary>Which way an order trades.</summary>
public enum OrderSide
{
    /// <summary>Buys the base asset (opens a long, or covers a short).</summary>
    Buy = 1,

    /// <summary>Sells the base asset (closes a long, or opens a short).</summary>
    Sell = -1,
}
