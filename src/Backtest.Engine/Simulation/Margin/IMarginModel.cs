namespace Backtest.Engine.Simulation;

/// <summary>
/// Margin a position needs and where it is liquidated. The simulator asks at entry (initial margin plus the entry fee
/// must fit the available balance; <see cref="MarginEvaluation.MaxLeverage"/> bounds the leverage) and every bar
/// (the liquidation price of the open position). Implementations must be stateless.
/// </summary>
public interface IMarginModel
{
    /// <summary>Initial margin, maintenance margin and liquidation price of <paramref name="context"/>'s position.</summary>
    MarginEvaluation Evaluate(in MarginContext context);
}
