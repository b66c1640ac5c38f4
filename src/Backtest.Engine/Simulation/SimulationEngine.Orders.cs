namespace Backtest.Engine.Simulation;

internal sealed partial class SimulationEngine
{
    /// <summary>Turns this bar's intents into orders; each is offered to the fill model at this close first.</summary>
    private void Submit(int bar)
    {
        foreach (ref readonly var intent in _intents.Items)
        {
            var stops = ReferenceEquals(intent.Stops, _signalStops) ? _signalStops : (intent.Stops ?? ProtectiveStops.None).Over(_options.Stops);
            var order = new PendingOrder(intent, stops, bar);
            if (order.SideFor(_position) is not { } side) continue;
            var decision = _options.Fill.Decide(new FillContext(order.Type, side, order.LimitPrice, order.StopPrice, false, FillPhase.DecisionClose, _candles, bar, order.SubmittedBar, order.Slices));
            if (decision.IsFilled)
            {
                Execute(order, decision, bar, lastClosedBar: bar);
                continue;
            }
            order.Triggered = decision.Outcome == FillOutcome.Triggered;
            if (_pendingCount == _pending.Length) Array.Resize(ref _pending, _pendingCount * 2);
            _pending[_pendingCount++] = order;
        }
    }

    /// <summary>
    /// Offers the pending market orders (<paramref name="marketOrders"/>) or the resting limit and stop orders to the
    /// fill model on this bar, in the order they were placed. Expired orders, and orders the position no longer
    /// needs (an entry on the side already held, an exit when flat), are dropped.
    /// </summary>
    private void FillPending(int bar, bool marketOrders)
    {
        int kept = 0;
        for (int k = 0; k < _pendingCount; k++)
        {
            var order = _pending[k];
            if ((order.Type == OrderType.Market) != marketOrders)
            {
                _pending[kept++] = order;
                continue;
            }
            if (order.ExpiredAt(bar))
            {
                _expiredOrders++;
                continue;
            }
            if (order.SideFor(_position) is not { } side) continue;
            var decision = _options.Fill.Decide(new FillContext(order.Type, side, order.LimitPrice, order.StopPrice, order.Triggered, FillPhase.Bar, _candles, bar, order.SubmittedBar, order.Slices));
            if (decision.IsFilled)
            {
                Execute(order, decision, bar, lastClosedBar: bar - 1);
                continue;
            }
            if (decision.Outcome == FillOutcome.Triggered) order.Triggered = true;
            _pending[kept++] = order;
        }
        _pendingCount = kept;
    }

    /// <summary>Fills an order: an exit closes the position; an entry closes an opposite one first (stop-and-reverse), then opens.</summary>
    private void Execute(in PendingOrder order, FillDecision decision, int bar, int lastClosedBar)
    {
        if (order.Action == OrderAction.Exit)
        {
            ClosePosition(bar, decision.Price, decision.IsMaker, ExitReason.Signal, lastClosedBar);
            return;
        }
        if (_position != 0) ClosePosition(bar, decision.Price, decision.IsMaker, ExitReason.Reversal, lastClosedBar);
        int direction = order.Action == OrderAction.EnterLong ? 1 : -1;
        // An entry at the open precedes the whole bar, so its stops watch this bar; one filled inside the bar or at its
        // close cannot know what the bar did after the fill, so its stops start with the next bar.
        int armedFrom = decision.AtOpen ? bar : bar + 1;
        OpenPosition(direction, bar, decision.Price, decision.IsMaker, order, armedFrom, lastClosedBar);
    }
}
