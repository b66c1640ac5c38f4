namespace Backtest.Engine.Simulation;

/// <summary>What an <see cref="IFillModel"/> decided for one order on one bar.</summary>
/// <param name="Outcome">Nothing, filled, or (stop-limit) triggered but not filled.</param>
/// <param name="Price">The fill price before slippage (NaN unless filled).</param>
/// <param name="IsMaker">True when the fill rested on the book (limit fills: maker fee, no slippage).</param>
/// <param name="AtOpen">True when the fill happened at the bar's open (a gap): it precedes anything inside the bar.</param>
public readonly record struct FillDecision(FillOutcome Outcome, double Price, bool IsMaker, bool AtOpen)
{
    /// <summary>No fill on this bar.</summary>
    public static FillDecision None => new(FillOutcome.None, double.NaN, false, false);

    /// <summary>A stop-limit order's stop triggered; it rests as a limit order from now on.</summary>
    public static FillDecision Triggered => new(FillOutcome.Triggered, double.NaN, false, false);

    /// <summary>A fill at <paramref name="price"/>.</summary>
    public static FillDecision At(double price, bool isMaker, bool atOpen) => new(FillOutcome.Filled, price, isMaker, atOpen);

    /// <summary>True when the order filled.</summary>
    public bool IsFilled => Outcome == FillOutcome.Filled;
}

/// <summary>The kinds of <see cref="FillDecision"/>.</summary>
public enum FillOutcome
{
    /// <summary>No fill.</summary>
    None = 0,

    /// <summary>Filled at <see cref="FillDecision.Price"/>.</summary>
    Filled = 1,

    /// <summary>A stop-limit order triggered without filling.</summary>
    Triggered = 2,
}
