namespace Backtest.Engine.Simulation;

/// <summary>
/// The armed exit levels of the open position (prices; NaN = not set) and the trailing stop's state. A struct held
/// by the engine: arming and trailing allocate nothing.
/// </summary>
internal struct StopState
{
    public bool Active;
    public int ArmedFrom;
    public int Direction;
    public double StopLoss;
    public double TakeProfit;
    public double Trail;
    public StopLevel? TrailSpec;

    /// <summary>Arms the stops of a position entered at <paramref name="entry"/> (direction +1 long, −1 short).</summary>
    public void Arm(ProtectiveStops stops, int direction, double entry, int armedFrom, MarketView market, int lastClosedBar)
    {
        double atr = NeedsAtr(stops) ? market.Atr(lastClosedBar) : double.NaN;
        Direction = direction;
        StopLoss = stops.StopLoss?.ToPrice(entry, atr, -direction) ?? double.NaN;
        TakeProfit = stops.TakeProfit?.ToPrice(entry, atr, direction) ?? double.NaN;
        TrailSpec = stops.Trailing;
        Trail = TrailSpec is null ? double.NaN : TrailSpec.ToPrice(entry, atr, -direction);
        ArmedFrom = armedFrom;
        Active = !stops.IsEmpty;
    }

    /// <summary>The binding stop price: the tighter of stop-loss and trail (NaN when neither is set).</summary>
    public readonly double EffectiveStop => Tighter(StopLoss, Trail);

    /// <summary>True when the trail, not the fixed stop-loss, is the binding stop.</summary>
    public readonly bool TrailBinds => !double.IsNaN(Trail) && (double.IsNaN(StopLoss) || (Direction > 0 ? Trail > StopLoss : Trail < StopLoss));

    /// <summary>Moves the trail with a finished bar: up from a long's high, down from a short's low; never back.</summary>
    public void Follow(double high, double low, MarketView market, int bar)
    {
        if (TrailSpec is null) return;
        double best = Direction > 0 ? high : low;
        double atr = TrailSpec.Kind == StopLevelKind.AtrMultiple ? market.Atr(bar) : double.NaN;
        double candidate = TrailSpec.ToPrice(best, atr, -Direction);
        if (double.IsNaN(candidate)) return;
        Trail = double.IsNaN(Trail) ? candidate : Tighter(Trail, candidate);
    }

    public void Disarm() => Active = false;

    private readonly double Tighter(double a, double b)
    {
        if (double.IsNaN(a)) return b;
        if (double.IsNaN(b)) return a;
        return Direction > 0 ? Math.Max(a, b) : Math.Min(a, b);
    }

    private static bool NeedsAtr(ProtectiveStops stops) =>
        stops.StopLoss?.Kind == StopLevelKind.AtrMultiple || stops.TakeProfit?.Kind == StopLevelKind.AtrMultiple
        || stops.Trailing?.Kind == StopLevelKind.AtrMultiple;
}
