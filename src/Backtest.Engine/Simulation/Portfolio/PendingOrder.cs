namespace Backtest.Engine.Simulation;

/// <summary>An order waiting to fill: the intent, the bar it was placed on, and a stop-limit's trigger state.</summary>
internal struct PendingOrder
{
    public OrderAction Action;
    public OrderType Type;
    public double LimitPrice;
    public double StopPrice;
    public int TimeoutBars;
    public double Quantity;
    public ProtectiveStops Stops;
    public int SubmittedBar;
    public bool Triggered;
    public double Strength;
    public string? Tag;
    public int Slices;

    public PendingOrder(in OrderIntent intent, ProtectiveStops stops, int bar)
    {
        Action = intent.Action;
        Type = intent.Type;
        LimitPrice = intent.LimitPrice;
        StopPrice = intent.StopPrice;
        TimeoutBars = intent.TimeoutBars;
        Quantity = intent.Quantity;
        Stops = stops;
        SubmittedBar = bar;
        Triggered = false;
        Strength = intent.Strength;
        Tag = intent.Tag;
        Slices = intent.Slices;
    }

    /// <summary>True once the order has outlived its timeout at <paramref name="bar"/>.</summary>
    public readonly bool ExpiredAt(int bar) => TimeoutBars > 0 && bar - SubmittedBar > TimeoutBars;

    /// <summary>The side this order trades against <paramref name="position"/>, or null when it no longer applies (an entry on the side held, an exit when flat).</summary>
    public readonly OrderSide? SideFor(double position) => Action switch
    {
        OrderAction.EnterLong => position > 0 ? null : OrderSide.Buy,
        OrderAction.EnterShort => position < 0 ? null : OrderSide.Sell,
        _ => position > 0 ? OrderSide.Sell : position < 0 ? OrderSide.Buy : null,
    };
}
