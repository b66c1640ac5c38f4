namespace Backtest.Engine.Simulation;

/// <summary>What happens to a position still open after the last bar.</summary>
public enum EndOfDataPolicy
{
    /// <summary>Leave it open (the default, as W1 and backtrader's broker): equity marks it at the last close, no exit fee.</summary>
    Keep = 0,

    /// <summary>Close it at the last bar's close, paying the exit fee and slippage.</summary>
    CloseAtLastClose = 1,

    /// <summary>Close it at the last bar's open, paying the exit fee and slippage (backtesting.py's finalisation).</summary>
    CloseAtLastOpen = 2,
}
