namespace Backtest.Engine.Simulation;

/// <summary>Spot trading: no leverage, the position takes its whole notional, never liquidated.</summary>
public sealed class SpotMarginModel : IMarginModel
{
    /// <summary>The shared instance.</summary>
    public static SpotMarginModel Instance { get; } = new();

    /// <inheritdoc />
    public MarginEvaluation Evaluate(in MarginContext context)
    {
        double notional = Math.Abs(context.Quantity) * context.MarkPrice;
        return new MarginEvaluation(notional, notional, 0, 1, LiquidationEstimate.None);
    }

    /// <inheritdoc />
    public override string ToString() => "spot (no leverage, no liquidation)";
}
