using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

public sealed partial class SmaCross
{
    /// <summary>Catalog entry: <c>sma-cross(fast=10, slow=50, direction=long-only, stop_loss=none, take_profit=none)</c>.</summary>
    public static StrategyEntry Entry { get; } = new(
        "sma-cross", "SMA crossover",
        "Buys when the fast SMA of the close crosses above the slow one (fast - slow > 0 after <= 0) and sells on the "
        + "opposite cross; long-only waits flat after a sell, long-short reverses into a short (stop-and-reverse).",
        [
            StrategyParameter.WholeNumber("fast", "Fast SMA window (bars)", 10, 1, 9_999),
            StrategyParameter.WholeNumber("slow", "Slow SMA window (bars), above fast", 50, 2, 10_000),
            StrategyParameter.Choice("direction", "long-only, or long-short stop-and-reverse", "long-only", "long-short"),
            StrategyParameter.OptionalReal("stop_loss", "Stop-loss as a fraction of the entry price (0.02 = 2 %)", 0.0001, 0.99, 0.005),
            StrategyParameter.OptionalReal("take_profit", "Take-profit as a fraction of the entry price (0.04 = 4 %)", 0.0001, 0.99, 0.005),
        ],
        values => new SmaCross(ParametersFrom(values)),
        values => ParametersFrom(values));

    private static SmaCrossParameters ParametersFrom(StrategyParameterValues values) => new(
        (int)values.Number("fast"), (int)values.Number("slow"),
        values.Text("direction") == "long-short" ? TradeDirection.LongShort : TradeDirection.LongOnly,
        values.OptionalNumber("stop_loss"), values.OptionalNumber("take_profit"));
}
