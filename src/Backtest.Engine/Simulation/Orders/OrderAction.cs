namespace Backtest.Engine.Simulation;

/// <summary>
/// What an order intends for the one net position the simulator holds per series. Entries against an opposite
/// position close it first and then open the new side at the same fill (stop-and-reverse); an entry on the side
/// already held is ignored (no pyramiding).
/// </summary>
public enum OrderAction
{
    /// <summary>Be long: buy (covering any short first).</summary>
    EnterLong = 1,

    /// <summary>Be short: sell (closing any long first).</summary>
    EnterShort = 2,

    /// <summary>Be flat: close whatever position is open; ignored when flat.</summary>
    Exit = 3,
}
