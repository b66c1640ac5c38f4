namespace Backtest.Engine.Simulation;

/// <summary>
/// The price a taker fill (market, stop, stop-loss, trailing stop) actually gets. Limit fills and take-profits are
/// not slipped: they trade at their limit or better. Implementations must be stateless.
/// </summary>
public interface ISlippageModel
{
    /// <summary>The slipped price: at or above <see cref="SlippageContext.Price"/> for buys, at or below for sells.</summary>
    double Price(in SlippageContext context);
}
