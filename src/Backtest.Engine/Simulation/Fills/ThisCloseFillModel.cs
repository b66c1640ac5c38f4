namespace Backtest.Engine.Simulation;

/// <summary>
/// Market orders fill at the close of the bar the strategy decided on (the "cheat-on-close" of backtrader,
/// vectorbt's default). Optimistic: nobody can trade at a price that was needed to make the decision; use it to
/// compare with engines that do, not for estimates. Limit and stop orders fill on later bars as <see cref="BarTouch"/> describes.
/// </summary>
public sealed class ThisCloseFillModel : IFillModel
{
    /// <summary>The shared instance (the model is stateless).</summary>
    public static ThisCloseFillModel Instance { get; } = new();

    /// <inheritdoc />
    public FillDecision Decide(in FillContext context)
    {
        if (context.Type == OrderType.Market)
        {
            return context.Phase == FillPhase.DecisionClose
                ? FillDecision.At(context.Close, isMaker: false, atOpen: false)
                : FillDecision.At(context.Open, isMaker: false, atOpen: true);
        }
        return context.Phase == FillPhase.DecisionClose ? FillDecision.None : BarTouch.Match(context);
    }
}
