namespace Backtest.Engine.Simulation;

/// <summary>
/// Limit and stop fills on a bar's OHLC, as every built-in fill model applies them during a bar:
/// <list type="bullet">
/// <item>limit buy at L: the open if it is at or below L (a gap in the buyer's favour), else L when the low reaches it;</item>
/// <item>stop buy at S: the open if it is at or above S (gapped through: the stop fills at the open), else S when the high reaches it;</item>
/// <item>stop-limit buy: the stop triggers as above at price T (the open or S); it fills at T when T is at or below
/// the limit, else it rests as a limit order from the next bar;</item>
/// <item>sells mirror buys;</item>
/// <item>VWAP over N bars placed at bar s: nothing until bar s + N, then one taker fill at the mean of the typical prices
/// <c>(H + L + C) / 3</c> of bars s + 1 … s + N (equal slices, so the quantity-weighted average is the plain mean), not
/// at the open, so an entry's stops watch from the next bar. Fees and slippage apply once to the whole quantity at that
/// price: for a rate-based fee that is the sum of the slices' fees; a fixed fee per fill is charged once.</item>
/// </list>
/// </summary>
public static class BarTouch
{
    /// <summary>The decision for a limit, stop-market, stop-limit or VWAP order on a bar (market orders: none).</summary>
    public static FillDecision Match(in FillContext c) => c.Type switch
    {
        OrderType.Limit => Limit(c, c.LimitPrice),
        OrderType.StopMarket => Stop(c, c.StopPrice),
        OrderType.StopLimit when c.Triggered => Limit(c, c.LimitPrice),
        OrderType.StopLimit => StopLimit(c),
        OrderType.Vwap => Vwap(c),
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

    private static FillDecision Vwap(in FillContext c)
    {
        int first = c.SubmittedBar + 1, last = c.SubmittedBar + c.Slices;
        if (c.SubmittedBar < 0 || c.Slices < 1 || c.Bar < last) return FillDecision.None;
        ReadOnlySpan<double> high = c.Candles.High, low = c.Candles.Low, close = c.Candles.Close;
        double sum = 0;
        for (int k = first; k <= last; k++) sum += (high[k] + low[k] + close[k]) / 3;
        return FillDecision.At(sum / c.Slices, isMaker: false, atOpen: false);
    }
}
