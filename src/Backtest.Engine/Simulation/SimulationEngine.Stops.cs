namespace Backtest.Engine.Simulation;

internal sealed partial class SimulationEngine
{
    /// <summary>
    /// Checks the open position's exits against bar <paramref name="bar"/>: the stop (stop-loss or trail, whichever is
    /// tighter) as a stop-market order and the take-profit as a limit order, both through the fill model. A level the
    /// bar opens beyond fills at the open, first. When the bar reaches both inside its range, it is ambiguous: counted,
    /// and decided by the intrabar policy.
    /// </summary>
    private void CheckStops(int bar, double open, double high, double low, double close)
    {
        var exitSide = _stops.Direction > 0 ? OrderSide.Sell : OrderSide.Buy;
        double stop = _stops.EffectiveStop, take = _stops.TakeProfit;
        var stopFill = StopFill(exitSide, stop, open, high, low, close);
        var takeFill = TakeFill(exitSide, take, open, high, low, close);
        if (!stopFill.IsFilled && !takeFill.IsFilled) return;
        bool takeFirst;
        if (stopFill.IsFilled && takeFill.IsFilled)
        {
            if (stopFill.AtOpen) takeFirst = false;
            else if (takeFill.AtOpen) takeFirst = true;
            else
            {
                _ambiguousBars++;
                (takeFirst, var resolved) = Resolve(bar, exitSide, stop, take);
                if (resolved.IsFilled)
                {
                    if (takeFirst) takeFill = resolved; else stopFill = resolved;
                }
            }
        }
        else
        {
            takeFirst = takeFill.IsFilled;
        }
        if (takeFirst) ClosePosition(bar, takeFill.Price, takeFill.IsMaker, ExitReason.TakeProfit, bar - 1);
        else ClosePosition(bar, stopFill.Price, stopFill.IsMaker, _stops.TrailBinds ? ExitReason.TrailingStop : ExitReason.StopLoss, bar - 1);
    }

    /// <summary>
    /// Which level an ambiguous bar reached first: by policy, or by walking the lower-timeframe candles inside it. The
    /// returned decision (when filled) is the lower-timeframe fill, whose price can differ from the level (a gap).
    /// </summary>
    private (bool TakeFirst, FillDecision Decision) Resolve(int bar, OrderSide exitSide, double stop, double take)
    {
        if (_intrabar == IntrabarPolicy.Optimistic) return (true, FillDecision.None);
        if (_intrabar == IntrabarPolicy.Pessimistic || _market.LowerTimeframe is not { } fine) return (false, FillDecision.None);
        long from = _candles.OpenTimeMs[bar];
        int start = fine.LowerBound(from), end = fine.LowerBound(_candles.Interval.Next(from));
        for (int j = start; j < end; j++)
        {
            double o = fine.Open[j], h = fine.High[j], l = fine.Low[j], c = fine.Close[j];
            var stopFill = StopFill(exitSide, stop, o, h, l, c);
            var takeFill = TakeFill(exitSide, take, o, h, l, c);
            if (stopFill.IsFilled && (!takeFill.IsFilled || stopFill.AtOpen || !takeFill.AtOpen)) return (false, stopFill);
            if (takeFill.IsFilled) return (true, takeFill);
        }
        return (false, FillDecision.None);
    }

    private FillDecision StopFill(OrderSide side, double stop, double open, double high, double low, double close) =>
        double.IsNaN(stop) ? FillDecision.None
            : _options.Fill.Decide(new FillContext(OrderType.StopMarket, side, double.NaN, stop, false, FillPhase.Bar, open, high, low, close));

    private FillDecision TakeFill(OrderSide side, double take, double open, double high, double low, double close) =>
        double.IsNaN(take) ? FillDecision.None
            : _options.Fill.Decide(new FillContext(OrderType.Limit, side, take, double.NaN, false, FillPhase.Bar, open, high, low, close));
}
