namespace Backtest.Engine.Simulation;

/// <summary>Why a trade ended.</summary>
public enum ExitReason
{
    /// <summary>Still open at the end of the data (<see cref="EndOfDataPolicy.Keep"/>).</summary>
    Open = 0,

    /// <summary>The strategy's exit order.</summary>
    Signal = 1,

    /// <summary>Closed by an entry on the other side (stop-and-reverse).</summary>
    Reversal = 2,

    /// <summary>The stop-loss.</summary>
    StopLoss = 3,

    /// <summary>The take-profit.</summary>
    TakeProfit = 4,

    /// <summary>The trailing stop.</summary>
    TrailingStop = 5,

    /// <summary>Closed after the last bar by the end-of-data policy.</summary>
    EndOfData = 6,

    /// <summary>A futures position liquidated at its liquidation price.</summary>
    Liquidation = 7,
}
