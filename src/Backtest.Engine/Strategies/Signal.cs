namespace Backtest.Engine.Strategies;

/// <summary>
/// A bar's decision in signal form (vectorbt's entries/exits). <see cref="Simulation.OrderIntents.Signal"/> turns it
/// into a market order against the position at that close: entries on the side already held and exits of a side not
/// held are ignored.
/// </summary>
public enum Signal : sbyte
{
    /// <summary>Do nothing.</summary>
    None = 0,

    /// <summary>Be long (reverses a short).</summary>
    EnterLong = 1,

    /// <summary>Be short (reverses a long).</summary>
    EnterShort = 2,

    /// <summary>Close a long; ignored otherwise.</summary>
    ExitLong = 3,

    /// <summary>Close a short; ignored otherwise.</summary>
    ExitShort = 4,
}
