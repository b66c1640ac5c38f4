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
        // Nothing moves the account between here and the fill: one budget serves the sizing and the checks.
        var budget = Budget();
        double quantity;
        if (sized)
        {
            var decision = Size(side, direction, price, rate, order.Stops, lastClosedBar, budget);
            if (!isMaker)
            {
                double slipped = Slip(side, basePrice, decision.Quantity, lastClosedBar);
                if (slipped != price)
                {
                    price = slipped;
                    decision = Size(side, direction, price, rate, order.Stops, lastClosedBar, budget);
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
        if (quantity * price > budget.MaxNotional)
        {
            // An exposure cap binds: the largest quantity under it.
            quantity = lots.Round(budget.MaxNotional / price);
            allIn = false;
        }
        double notional = quantity * price;
        if (!(quantity > 0) || notional < lots.MinNotional)
        {
            _rejectedOrders++;
            return;
        }
        double fee = fees.Fee(new FeeContext(price, quantity, notional, isMaker));
        double leverage = _margin.Leverage;
        if (!allIn && notional / leverage + fee > budget.Cash)
        {
            double step = lots.EffectiveStep;
            if (sized && step > 0)
            {
                quantity = lots.Round(quantity - step);
                notional = quantity * price;
                fee = fees.Fee(new FeeContext(price, quantity, notional, isMaker));
            }
            if (!(quantity > 0) || notional < lots.MinNotional || notional / leverage + fee > budget.Cash)
            {
                _rejectedOrders++;
                return;
            }
        }

        if (_margin.Active && !_margin.Allows(direction * quantity, price))
        {
            _rejectedOrders++;
            return;
        }

        // A short sale's proceeds are held as cash; the position's negative mark offsets them in equity. All-in (alone,
        // unleveraged) leaves exactly zero cash.
        double flow = direction > 0 ? -(notional + fee) : notional - fee;
        bool zeroCash = allIn && direction > 0 && leverage == 1 && _account.Portfolio is null;
        _account.Cash = zeroCash ? 0 : _account.Cash + flow;
        _flow += flow;
        _position = direction * quantity;
        _entryPrice = price;
        _entryFee = fee;
        _entryBar = bar;
        _entryTag = order.Tag;
        _entries++;
        _feesPaid += fee;
        _stops.Arm(order.Stops, direction, price, armedFrom, _market, lastClosedBar);
        if (_margin.Active) OpenMargin();
    }

    /// <summary>Closes the whole position at <paramref name="basePrice"/> (before slippage) and records the trade.</summary>
    private void ClosePosition(int bar, double basePrice, bool isMaker, ExitReason reason, int lastClosedBar)
    {
        double quantity = Math.Abs(_position);
        bool isLong = _position > 0;
        double price = isMaker ? basePrice : Slip(isLong ? OrderSide.Sell : OrderSide.Buy, basePrice, quantity, lastClosedBar);
        double notional = quantity * price;
        double fee = _options.Fee.Fee(new FeeContext(price, quantity, notional, isMaker));
        double flow = isLong ? notional - fee : -(notional + fee);
        _account.Cash += flow;
        _flow += flow;
        _trades.Add(new TradeRow(_entryBar, bar, isLong ? TradeSide.Long : TradeSide.Short, quantity, _entryPrice, price, _entryFee, fee, reason, _entryTag));
        _feesPaid += fee;
        _position = 0;
        _entryBar = -1;
        _stops.Disarm();
        if (_margin.Active) _margin.Close();
    }

    private SizingDecision Size(OrderSide side, int direction, double price, double feeRate, ProtectiveStops stops, int lastClosedBar, EntryBudget budget)
    {
        double stopPrice = double.NaN;
        if (stops.StopLoss is { } stopLoss)
        {
            double atr = stopLoss.Kind == StopLevelKind.AtrMultiple ? _market.Atr(lastClosedBar) : double.NaN;
            stopPrice = stopLoss.ToPrice(price, atr, -direction);
        }
        // Entries happen flat (a reversal closes first), so alone the equity is the cash; a portfolio says what this
        // entry may use. With leverage, the stake models (all-in, percent of equity) size the margin: they see the fee
        // per unit of margin, and the quantity their margin buys is leverage times theirs (bit-identical to spot at
        // 1x). Quantity, notional and risk models size the position itself; leverage only loosens the cash check.
        double leverage = _options.Sizing is AllInSizing or PercentOfEquitySizing ? _margin.Leverage : 1;
        var decision = _options.Sizing.Size(new SizingContext(side, price, budget.Cash, budget.Equity, feeRate * leverage, _options.Fee.FixedPerFill, stopPrice));
        return leverage == 1 ? decision : decision with { Quantity = decision.Quantity * leverage };
    }

    /// <summary>What an entry may use: alone, the cash; in a portfolio, its share under the slots and exposure caps.</summary>
    private EntryBudget Budget() =>
        _account.Portfolio?.Budget(this) ?? new EntryBudget(_account.Cash, _account.Cash, double.PositiveInfinity);

    private double Slip(OrderSide side, double price, double quantity, int lastClosedBar) =>
        _slippageFree ? price : _options.Slippage.Price(new SlippageContext(side, price, quantity, lastClosedBar, _market));
}
