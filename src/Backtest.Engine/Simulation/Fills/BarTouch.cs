namespace Backtest.Engine.Simulation;

/// <summary>
/// Limit and stop fills on a bar's OHLC, as every built-in fill model applies them during a bar:
/// <list type="bullet">
/// <item>limit buy at L: the open if it is at or below L (a gap in the buyer's favour), else L when the low reaches it;</item>
/// <item>stop buy at S: the open if it is at or above S (gapped through: the stop fills at the open), else S when the high reaches it;</item>
/// <item>stop-limit buy: the stop triggers as above at price T (the open or S); it fills at T when T is at or below
/// the limit, else it rests as a limit order from the next bar;</item>
/// <item>sells mirror buys.</item>
/// </list>
/// </summary>
public static class BarTouch
{
    /// <summary>The decision for a limit, stop-market or stop-limit order on a bar (market orders: none).</summary>
    public static FillDecision Match(in FillContext c) => c.Type switch
    {
        OrderType.Limit => Limit(c.Side, c.LimitPrice, c.Open, c.High, c.Low),
        OrderType.StopMarket => Stop(c.Side, c.StopPrice, c.Open, c.High, c.Low),
        OrderType.StopLimit when c.Triggered => Limit(c.Side, c.LimitPrice, c.Open, c.High, c.Low),
        OrderType.StopLimit => StopLimit(c.Side, c.StopPrice, c.LimitPrice, c.Open, c.High, c.Low),
        _ => FillDecision.None,
    };

    private static FillDecision Limit(OrderSide side, double limit, double open, double high, double low)
    {
        if (side == OrderSide.Buy)
        {
            if (open <= limit) return FillDecision.At(open, isMaker: true, atOpen: true);
            return low <= limit ? FillDecision.At(limit, isMaker: true, atOpen: false) : FillDecision.None;
        }
        if (open >= limit) return FillDecision.At(open, isMaker: true, atOpen: true);
        return high >= limit ? FillDecision.At(limit, isMaker: true, atOpen: false) : FillDecision.None;
    }

    private static FillDecision Stop(OrderSide side, double stop, double open, double high, double low)
    {
        if (side == OrderSide.Buy)
        {
            if (open >= stop) return FillDecision.At(open, isMaker: false, atOpen: true);
            return high >= stop ? FillDecision.At(stop, isMaker: false, atOpen: false) : FillDecision.None;
        }
        if (open <= stop) return FillDecision.At(open, isMaker: false, atOpen: true);
        return low <= stop ? FillDecision.At(stop, isMaker: false, atOpen: false) : FillDecision.None;
    }

    private static FillDecision StopLimit(OrderSide side, double stop, double limit, double open, double high, double low)
    {
        var trigger = Stop(side, stop, open, high, low);
        if (!trigger.IsFilled) return FillDecision.None;
        bool marketable = side == OrderSide.Buy ? trigger.Price <= limit : trigger.Price >= limit;
        return marketable ? FillDecision.At(trigger.Price, isMaker: false, atOpen: trigger.AtOpen) : FillDecision.Triggered;
    }
}
