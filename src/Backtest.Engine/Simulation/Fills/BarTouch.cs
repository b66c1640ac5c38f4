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
        OrderType.Limit => Limit(c, c.LimitPrice),
        OrderType.StopMarket => Stop(c, c.StopPrice),
        OrderType.StopLimit when c.Triggered => Limit(c, c.LimitPrice),
        OrderType.StopLimit => StopLimit(c),
        _ => FillDecision.None,
    };

    // Each reads the open first and one extreme only if it must: prices are read from the columns on demand.
    private static FillDecision Limit(in FillContext c, double limit)
    {
        double open = c.Open;
        if (c.Side == OrderSide.Buy)
        {
            if (open <= limit) return FillDecision.At(open, isMaker: true, atOpen: true);
            return c.Low <= limit ? FillDecision.At(limit, isMaker: true, atOpen: false) : FillDecision.None;
        }
        if (open >= limit) return FillDecision.At(open, isMaker: true, atOpen: true);
        return c.High >= limit ? FillDecision.At(limit, isMaker: true, atOpen: false) : FillDecision.None;
    }

    private static FillDecision Stop(in FillContext c, double stop)
    {
        double open = c.Open;
        if (c.Side == OrderSide.Buy)
        {
            if (open >= stop) return FillDecision.At(open, isMaker: false, atOpen: true);
            return c.High >= stop ? FillDecision.At(stop, isMaker: false, atOpen: false) : FillDecision.None;
        }
        if (open <= stop) return FillDecision.At(open, isMaker: false, atOpen: true);
        return c.Low <= stop ? FillDecision.At(stop, isMaker: false, atOpen: false) : FillDecision.None;
    }

    private static FillDecision StopLimit(in FillContext c)
    {
        var trigger = Stop(c, c.StopPrice);
        if (!trigger.IsFilled) return FillDecision.None;
        bool marketable = c.Side == OrderSide.Buy ? trigger.Price <= c.LimitPrice : trigger.Price >= c.LimitPrice;
        return marketable ? FillDecision.At(trigger.Price, isMaker: false, atOpen: trigger.AtOpen) : FillDecision.Triggered;
    }
}
