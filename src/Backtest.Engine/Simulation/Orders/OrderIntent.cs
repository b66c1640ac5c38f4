using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// An order a strategy asks for after a bar closes. Built with <see cref="Market"/>, <see cref="Limit"/>,
/// <see cref="Stop"/>, <see cref="StopLimit"/> or <see cref="Vwap"/>, then refined with <c>with</c>:
/// <code>OrderIntent.Limit(OrderAction.EnterLong, 29_500) with { TimeoutBars = 3, Stops = ProtectiveStops.Percent(0.02, 0.04) }</code>
/// </summary>
public readonly record struct OrderIntent
{
    /// <summary>The most slices a <see cref="OrderType.Vwap"/> order may have.</summary>
    public const int MaxSlices = 1_000;

    private OrderIntent(OrderAction action, OrderType type, double limitPrice, double stopPrice, int slices = 0)
    {
        Action = action;
        Type = type;
        LimitPrice = limitPrice;
        StopPrice = stopPrice;
        Slices = slices;
        Quantity = double.NaN;
    }

    /// <summary>What the order does to the position.</summary>
    public OrderAction Action { get; }

    /// <summary>How the order is priced.</summary>
    public OrderType Type { get; }

    /// <summary>Limit price (limit and stop-limit orders), else NaN.</summary>
    public double LimitPrice { get; }

    /// <summary>Stop (trigger) price (stop-market and stop-limit orders), else NaN.</summary>
    public double StopPrice { get; }

    /// <summary>Number of bars (one equal slice each) a <see cref="OrderType.Vwap"/> order trades over, else 0.</summary>
    public int Slices { get; }

    /// <summary>
    /// Bars the order stays live after the bar it was placed on; 0 (default) keeps it until it fills or another
    /// order replaces it. A timeout of 1 gives it the next bar only.
    /// </summary>
    public int TimeoutBars { get; init; }

    /// <summary>Quantity for entries in base units; NaN (default) lets the sizing model decide. Exits close the whole position.</summary>
    public double Quantity { get; init; }

    /// <summary>Stop-loss, take-profit and trailing stop for the position an entry opens; null uses the options' defaults.</summary>
    public ProtectiveStops? Stops { get; init; }

    /// <summary>
    /// How strongly the strategy wants this entry (larger = stronger; default 0). When a portfolio has fewer free
    /// position slots than entries asking for one at the same close, the strongest go first, ties by symbol.
    /// </summary>
    public double Strength { get; init; }

    /// <summary>A label the entry's trade carries (<see cref="Trade.EntryTag"/>), e.g. which tier of a hybrid entry filled; null for none.</summary>
    public string? Tag { get; init; }

    /// <summary>A market order.</summary>
    public static OrderIntent Market(OrderAction action) => new(action, OrderType.Market, double.NaN, double.NaN);

    /// <summary>A limit order at <paramref name="limitPrice"/>.</summary>
    public static OrderIntent Limit(OrderAction action, double limitPrice) => new(action, OrderType.Limit, limitPrice, double.NaN);

    /// <summary>A stop-market order triggered at <paramref name="stopPrice"/>.</summary>
    public static OrderIntent Stop(OrderAction action, double stopPrice) => new(action, OrderType.StopMarket, double.NaN, stopPrice);

    /// <summary>A stop-limit order: triggered at <paramref name="stopPrice"/>, then a limit order at <paramref name="limitPrice"/>.</summary>
    public static OrderIntent StopLimit(OrderAction action, double stopPrice, double limitPrice) =>
        new(action, OrderType.StopLimit, limitPrice, stopPrice);

    /// <summary>A VWAP order: <paramref name="slices"/> equal slices over the next <paramref name="slices"/> bars (see <see cref="OrderType.Vwap"/>).</summary>
    public static OrderIntent Vwap(OrderAction action, int slices) => new(action, OrderType.Vwap, double.NaN, double.NaN, slices);

    /// <summary>Throws unless every price the order type needs is finite and positive, and the rest is in range.</summary>
    /// <exception cref="BacktestException">A missing or invalid price, a negative timeout, a bad slice count, or a bad quantity (InvalidArgument).</exception>
    public void Validate()
    {
        if (Action is not (OrderAction.EnterLong or OrderAction.EnterShort or OrderAction.Exit)) throw Invalid("Action", $"unknown action {(int)Action}");
        bool needsLimit = Type is OrderType.Limit or OrderType.StopLimit, needsStop = Type is OrderType.StopMarket or OrderType.StopLimit;
        if (needsLimit && !(LimitPrice > 0 && double.IsFinite(LimitPrice))) throw Invalid("LimitPrice", $"a {Type} order needs a finite, positive limit price; got {LimitPrice}");
        if (needsStop && !(StopPrice > 0 && double.IsFinite(StopPrice))) throw Invalid("StopPrice", $"a {Type} order needs a finite, positive stop price; got {StopPrice}");
        if (TimeoutBars < 0) throw Invalid("TimeoutBars", $"must be 0 (no timeout) or more; got {TimeoutBars}");
        if (Type == OrderType.Vwap && !(Slices is >= 1 and <= MaxSlices)) throw Invalid("Slices", $"a Vwap order needs 1 to {MaxSlices} slices; got {Slices}");
        // A VWAP order is all or nothing: a timeout before its last slice would silently drop the slices already traded.
        if (Type == OrderType.Vwap && TimeoutBars is > 0 && TimeoutBars < Slices) throw Invalid("TimeoutBars", $"a Vwap order over {Slices} bars needs a timeout of 0 or at least {Slices}; got {TimeoutBars}");
        if (!double.IsNaN(Quantity) && !(Quantity > 0 && double.IsFinite(Quantity))) throw Invalid("Quantity", $"must be NaN (sizing model) or finite and positive; got {Quantity}");
        if (!double.IsFinite(Strength)) throw Invalid("Strength", $"must be finite; got {Strength}");
    }

    private static BacktestException Invalid(string name, string what) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"Order intent: {name} {what}."), name);
}
