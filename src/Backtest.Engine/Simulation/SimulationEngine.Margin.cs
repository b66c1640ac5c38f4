using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>USD-M futures in the bar loop: funding at each funding time, and liquidation at the liquidation price.</summary>
internal sealed partial class SimulationEngine
{
    private readonly MarginBook _margin;

    /// <summary>Funding due on <paramref name="bar"/>, paid by (or to) the position held at its open, before any fill.</summary>
    private void PayFunding(int bar)
    {
        double flow = _margin.Settle(bar, _position);
        if (flow == 0) return;
        _account.Cash += flow;
        _flow += flow;
    }

    /// <summary>
    /// Liquidates the open position when bar <paramref name="bar"/> reaches its liquidation price (checked before stops:
    /// a stop beyond the liquidation price can never fill). Isolated positions close at the liquidation price and lose
    /// at most their margin (the insurance fund takes a gap beyond it); cross positions close at the liquidation price,
    /// or at the open when the bar gaps through it, and the wallet takes the whole loss.
    /// </summary>
    private bool CheckLiquidation(int bar)
    {
        if (_margin.IsCross) RepriceCross();
        double level = _margin.LiquidationPrice;
        if (double.IsNaN(level)) return false;
        double open = _candles.Open[bar];
        bool isLong = _position > 0;
        bool gapped = isLong ? open <= level : open >= level;
        if (!gapped && !(isLong ? _candles.Low[bar] <= level : _candles.High[bar] >= level)) return false;
        double price = gapped && _margin.IsCross ? open : level;
        var settlement = _margin.IsCross
            ? Liquidation.SettleCross(_position, _entryPrice, price, _margin.LiquidationFeeRate)
            : Liquidation.SettleIsolated(_position, _entryPrice, price, _margin.IsolatedMargin, _margin.LiquidationFeeRate);
        // The wallet (cash + position × entry price, the spot identity) loses the settlement's loss, and the book is flat.
        // The fee the trade shows is what the loss leaves of it once the price move is counted (all of it, unless the
        // isolated margin ran out first).
        double flow = _position * _entryPrice - settlement.Loss, fee = settlement.Loss + settlement.RealizedPnl;
        _account.Cash += flow;
        _flow += flow;
        _feesPaid += fee;
        _trades.Add(new TradeRow(_entryBar, bar, isLong ? TradeSide.Long : TradeSide.Short, Math.Abs(_position), _entryPrice, price, _entryFee,
            fee, ExitReason.Liquidation, _entryTag));
        _margin.Liquidations++;
        _margin.Close();
        _position = 0;
        _entryBar = -1;
        _stops.Disarm();
        return true;
    }

    /// <summary>Records a futures entry's margin and liquidation price.</summary>
    private void OpenMargin()
    {
        if (_margin.IsCross)
        {
            RepriceCross(open: true);
            return;
        }
        _margin.Open(_position, _entryPrice, 0, 0, 0);
    }

    /// <summary>Cross margin: the liquidation price from the wallet balance and the account's other positions.</summary>
    private void RepriceCross(bool open = false)
    {
        // Wallet balance under the spot identity: cash + Σ position × entry price (no unrealised PnL).
        double wallet = _account.Cash + _position * _entryPrice, otherMaintenance = 0, otherUnrealized = 0;
        if (_account.Portfolio is { } portfolio) portfolio.OtherPositions(this, ref wallet, ref otherMaintenance, ref otherUnrealized);
        if (open) _margin.Open(_position, _entryPrice, wallet, otherMaintenance, otherUnrealized);
        else _margin.Reprice(_position, _entryPrice, wallet, otherMaintenance, otherUnrealized);
    }

    /// <summary>Maintenance margin of this book's position at its last close.</summary>
    internal double MaintenanceMargin => _margin.Active && _position != 0 ? _margin.Maintenance(_position, MarkPrice) : 0;
}
