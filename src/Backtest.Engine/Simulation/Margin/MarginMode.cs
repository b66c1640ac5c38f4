namespace Backtest.Engine.Simulation;

/// <summary>How a USD-M futures position's margin is held (Binance's two modes).</summary>
public enum MarginMode
{
    /// <summary>Each position has its own margin; a liquidation loses that margin only.</summary>
    Isolated = 0,

    /// <summary>All positions share the wallet balance; a liquidation can take the whole account.</summary>
    Cross = 1,
}
