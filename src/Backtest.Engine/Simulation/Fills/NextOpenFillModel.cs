namespace Backtest.Engine.Simulation;

/// <summary>
/// The default fill model: a market order placed at a bar's close fills at the next bar's open, the first price
/// anyone could trade at after the decision (no look-ahead). Limit and stop orders fill on later bars' OHLC as
/// <see cref="BarTouch"/> describes.
/// </summary>
public sealed class NextOpenFillModel : IFillModel
{
    /// <summary>The shared instance (the model is stateless).</summary>
    public static NextOpenFillModel Instance { get; } = new();

    /// <inheritdoc />
    public FillDecision Decide(in FillContext context)
    {
        if (context.Phase == FillPhase.DecisionClose) return FillDecision.None;
        return context.Type == OrderType.Market ? FillDecision.At(context.Open, isMaker: false, atOpen: true) : BarTouch.Match(context);
    }
}
