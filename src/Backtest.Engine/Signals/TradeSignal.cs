namespace Backtest.Engine.Signals;

/// <summary>
/// What a signal says to do. Outputs print the upper-case name (<c>BUY</c>, <c>SELL</c>, <c>HOLD</c>); PowerShell
/// compares an enum with a string case-insensitively, so <c>Where-Object Signal -eq BUY</c> matches <see cref="Buy"/>.
/// </summary>
public enum TradeSignal
{
    /// <summary>Do nothing (also the answer when a signal cannot be computed).</summary>
    Hold = 0,

    /// <summary>Buy.</summary>
    Buy = 1,

    /// <summary>Sell.</summary>
    Sell = 2,
}
