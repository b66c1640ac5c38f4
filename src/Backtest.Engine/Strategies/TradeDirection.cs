namespace Backtest.Engine.Strategies;

/// <summary>Which sides a strategy trades.</summary>
public enum TradeDirection
{
    /// <summary>Long positions only: a sell signal closes the long and waits flat.</summary>
    LongOnly = 0,

    /// <summary>Always in the market after the first signal: a sell signal reverses a long into a short (stop-and-reverse).</summary>
    LongShort = 1,
}
