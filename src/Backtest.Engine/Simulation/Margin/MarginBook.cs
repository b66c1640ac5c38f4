using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One book's USD-M futures state: the margin model, the funding events mapped onto its bars, and the open position's
/// isolated margin and liquidation price. Spot books share <see cref="Spot"/>, which is inactive and never changes.
/// </summary>
internal sealed class MarginBook
{
    private readonly IMarginModel? _model;
    private readonly FundingSchedule? _funding;
    private int _nextEvent;

    private MarginBook() { }

    /// <summary>The book of a futures run on <paramref name="candles"/>.</summary>
    /// <exception cref="BacktestException">Funding is on but no rates were given for the symbol (InvalidArgument).</exception>
    public MarginBook(FuturesSpec spec, IMarginModel model, FundingRates? rates, CandleSeries candles)
    {
        Spec = spec;
        _model = model;
        Leverage = spec.Leverage;
        if (!spec.Funding) return;
        if (rates is null)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{candles.Symbol}: a futures backtest with funding needs the symbol's funding rates: give funding_rates (a file, or a folder of <SYMBOL>-funding.csv) or turn funding off.",
                "funding_rates");
        }
        _funding = rates.MapTo(candles);
        _nextEvent = 0;
    }

    /// <summary>The inactive book of spot runs.</summary>
    public static MarginBook Spot { get; } = new();

    /// <summary>The futures settings (null for spot).</summary>
    public FuturesSpec? Spec { get; }

    /// <summary>Leverage (1 for spot).</summary>
    public double Leverage { get; } = 1;

    /// <summary>True for futures: positions have margin, a liquidation price and funding.</summary>
    public bool Active => _model is not null;

    /// <summary>True when funding events fall on this book's bars.</summary>
    public bool Funds => _funding is { Count: > 0 };

    /// <summary>The bar of the next funding event (int.MaxValue when none is left).</summary>
    public int NextFundingBar => _funding is { } f && _nextEvent < f.Count ? f.BarIndex[_nextEvent] : int.MaxValue;

    /// <summary>The open position's isolated margin (initial margin at entry).</summary>
    public double IsolatedMargin { get; private set; }

    /// <summary>The open position's liquidation price (NaN when it has none).</summary>
    public double LiquidationPrice { get; private set; } = double.NaN;

    /// <summary>Net funding paid so far (negative when received).</summary>
    public double FundingPaid { get; private set; }

    /// <summary>Positions liquidated so far.</summary>
    public int Liquidations { get; set; }

    /// <summary>Margin mode.</summary>
    public bool IsCross => Spec?.MarginMode == MarginMode.Cross;

    /// <summary>Liquidation clearance fee rate.</summary>
    public double LiquidationFeeRate => Spec?.LiquidationFeeRate ?? 0;

    /// <summary>True when the bracket of an entry of <paramref name="quantity"/> at <paramref name="price"/> allows this leverage.</summary>
    public bool Allows(double quantity, double price) =>
        _model!.Evaluate(new MarginContext(quantity, price, price, Math.Abs(quantity) * price / Leverage)).MaxLeverage >= Leverage;

    /// <summary>Records an entry: its isolated margin and liquidation price (cross: from the wallet and the other positions).</summary>
    public void Open(double quantity, double price, double walletBalance, double otherMaintenance, double otherUnrealized)
    {
        IsolatedMargin = Math.Abs(quantity) * price / Leverage;
        Reprice(quantity, price, walletBalance, otherMaintenance, otherUnrealized);
    }

    /// <summary>Recomputes the liquidation price (cross margin: the wallet and the other positions move it).</summary>
    public void Reprice(double quantity, double entryPrice, double walletBalance, double otherMaintenance, double otherUnrealized)
    {
        var evaluation = _model!.Evaluate(new MarginContext(quantity, entryPrice, entryPrice, IsolatedMargin, walletBalance, otherMaintenance, otherUnrealized));
        LiquidationPrice = evaluation.Liquidation.HasPrice ? evaluation.Liquidation.Price : double.NaN;
    }

    /// <summary>Maintenance margin of a position of <paramref name="quantity"/> marked at <paramref name="price"/>.</summary>
    public double Maintenance(double quantity, double price) =>
        quantity == 0 ? 0 : _model!.Evaluate(new MarginContext(quantity, price, price, IsolatedMargin)).MaintenanceMargin;

    /// <summary>Forgets the closed position.</summary>
    public void Close()
    {
        IsolatedMargin = 0;
        LiquidationPrice = double.NaN;
    }

    /// <summary>Settles every funding event on <paramref name="bar"/> for <paramref name="position"/>; returns the cash it brings (negative when paid).</summary>
    public double Settle(int bar, double position)
    {
        var funding = _funding!;
        double flow = 0;
        for (; _nextEvent < funding.Count && funding.BarIndex[_nextEvent] <= bar; _nextEvent++)
        {
            if (position != 0) flow += funding.Payment(_nextEvent, position);
        }
        FundingPaid -= flow;
        return flow;
    }
}
