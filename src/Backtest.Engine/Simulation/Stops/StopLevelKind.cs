namespace Backtest.Engine.Simulation;

/// <summary>How a stop-loss, take-profit or trailing distance is expressed.</summary>
public enum StopLevelKind
{
    /// <summary>An absolute price (stop-loss and take-profit only).</summary>
    Price = 0,

    /// <summary>A fraction of the entry price (0.02 = 2 % away); for trailing stops, of the best price since entry.</summary>
    Percent = 1,

    /// <summary>A multiple of the ATR of the last bar closed before the fill (trailing: of each bar's ATR).</summary>
    AtrMultiple = 2,

    /// <summary>
    /// A price distance from the entry fill (trailing: from the best price since entry), e.g. a strategy's own
    /// <c>2 × ATR(21)</c> computed at its decision.
    /// </summary>
    Distance = 3,
}
