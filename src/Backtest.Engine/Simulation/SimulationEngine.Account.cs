using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

internal sealed partial class SimulationEngine
{
    /// <summary>
    /// Opens a position at <paramref name="basePrice"/> (before slippage). Cash moves by exactly what the fill costs
    /// or brings in; an all-in long entry leaves exactly zero cash. Never an epsilon: an entry the cash cannot pay
    /// for is rejected (after one lot step down when the sizing model chose the quantity).
    /// </summary>
    private void OpenPosition(int direction, int bar, double basePrice, bool isMaker, in PendingOrder order, int armedFrom, int lastClosedBar)
    {
        var side = direction > 0 ? OrderSide.Buy : OrderSide.Sell;
        var fees = _options.Fee;
        double rate = isMaker ? fees.MakerRate : fees.TakerRate;
        double price = isMaker ? basePrice : Slip(side, basePrice, double.NaN, lastClosedBar);
        bool sized = double.IsNaN(order.Quantity), allIn = false;
        double quantity;
        if (sized)
        {
            var decision = Size(side, direction, price, rate, order.Stops, lastClosedBar);
            if (!isMaker)
            {
                double slipped = Slip(side, basePrice, decision.Quantity, lastClosedBar);
                if (slipped != price)
                {
                    price = slipped;
                    decision = Size(side, direction, price, rate, order.Stops, lastClosedBar);
                }
            }
            (quantity, allIn) = (decision.Quantity, decision.SpendsAllCash);
        }
        else
        {
            quantity = order.Quantity;
            if (!isMaker) price = Slip(side, basePrice, quantity, lastClosedBar);
        }

        var lots = _options.Lots;
        double rounded = lots.Round(quantity);
        if (rounded != quantity) allIn = false;
        quantity = rounded;
        double notional = quantity * price;
        if (!(quantity > 0) || notional < lots.MinNotional)
        {
            _rejectedOrders++;
            return;
        }
        double fee = fees.Fee(new FeeContext(price, quantity, notional, isMaker));
        if (!allIn && notional + fee > _cash)
        {
            double step = lots.EffectiveStep;
            if (sized && step > 0)
            {
                quantity = lots.Round(quantity - step);
                notional = quantity * price;
                fee = fees.Fee(new FeeContext(price, quantity, notional, isMaker));
            }
            if (!(quantity > 0) || notional < lots.MinNotional || notional + fee > _cash)
            {
                _rejectedOrders++;
                return;
            }
        }

        // A short sale's proceeds are held as cash; the position's negative mark offsets them in equity.
        _cash = direction > 0 ? (allIn ? 0 : _cash - (notional + fee)) : _cash + (notional - fee);
        _position = direction * quantity;
        _entryPrice = price;
        _entryFee = fee;
        _entryBar = bar;
        _entryTag = order.Tag;
        _feesPaid += fee;
        _stops.Arm(order.Stops, direction, price, armedFrom, _market, lastClosedBar);
    }

    /// <summary>Closes the whole position at <paramref name="basePrice"/> (before slippage) and records the trade.</summary>
    private void ClosePosition(int bar, double basePrice, bool isMaker, ExitReason reason, int lastClosedBar)
    {
        double quantity = Math.Abs(_position);
        bool isLong = _position > 0;
        double price = isMaker ? basePrice : Slip(isLong ? OrderSide.Sell : OrderSide.Buy, basePrice, quantity, lastClosedBar);
        double notional = quantity * price;
        double fee = _options.Fee.Fee(new FeeContext(price, quantity, notional, isMaker));
        _cash = isLong ? _cash + (notional - fee) : _cash - (notional + fee);
        _trades.Add(new TradeRow(_entryBar, bar, isLong ? TradeSide.Long : TradeSide.Short, quantity, _entryPrice, price, _entryFee, fee, reason, _entryTag));
        _feesPaid += fee;
        _position = 0;
        _entryBar = -1;
        _stops.Disarm();
    }

    private SizingDecision Size(OrderSide side, int direction, double price, double feeRate, ProtectiveStops stops, int lastClosedBar)
    {
        double stopPrice = double.NaN;
        if (stops.StopLoss is { } stopLoss)
        {
            double atr = stopLoss.Kind == StopLevelKind.AtrMultiple ? _market.Atr(lastClosedBar) : double.NaN;
            stopPrice = stopLoss.ToPrice(price, atr, -direction);
        }
        // Entries happen flat (a reversal closes first), so equity is the cash.
        return _options.Sizing.Size(new SizingContext(side, price, _cash, _cash, feeRate, _options.Fee.FixedPerFill, stopPrice));
    }

    private double Slip(OrderSide side, double price, double quantity, int lastClosedBar) =>
        _slippageFree ? price : _options.Slippage.Price(new SlippageContext(side, price, quantity, lastClosedBar, _market));
}
