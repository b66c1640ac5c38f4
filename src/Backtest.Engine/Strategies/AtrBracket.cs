using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// A stop-loss and a take-profit sized from a strategy's own ATR at its decision bar: <c>StopLoss = sl × ATR</c> and
/// <c>TakeProfit = tp × ATR</c> as price distances from the entry fill (<see cref="StopLevel.Offset"/>). The
/// simulator's own ATR-multiple levels read its ATR at the bar before the fill; this uses the strategy's
/// <c>atr_period</c> instead, fixed when the decision is made.
/// </summary>
/// <param name="StopLossMultiplier">Stop-loss distance in ATRs (above 0).</param>
/// <param name="TakeProfitMultiplier">Take-profit distance in ATRs (above 0).</param>
internal readonly record struct AtrBracket(double StopLossMultiplier, double TakeProfitMultiplier)
{
    /// <summary>True when <paramref name="atr"/> can size a bracket: finite and above 0 (not in the warm-up, not a flat run).</summary>
    public static bool CanSize(double atr) => atr > 0 && double.IsFinite(atr);

    /// <summary>The stops of one entry decided when the ATR was <paramref name="atr"/> (one allocation per entry, none per bar).</summary>
    public ProtectiveStops At(double atr) => new()
    {
        StopLoss = StopLevel.Offset(StopLossMultiplier * atr),
        TakeProfit = StopLevel.Offset(TakeProfitMultiplier * atr),
    };
}
