using Backtest.Engine.Data;

namespace Backtest.Engine.Simulation;

/// <summary>
/// What an <see cref="IFillModel"/> sees: one order and one bar. The bar's prices are read from the series on
/// demand, so a model that needs only the open (or nothing, like next-open fills at the decision close) touches
/// only that: after a jump across quiet bars each column read is a cache miss.
/// </summary>
/// <param name="Type">The order type.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="LimitPrice">Limit price (limit, stop-limit), else NaN.</param>
/// <param name="StopPrice">Stop price (stop-market, stop-limit), else NaN.</param>
/// <param name="Triggered">True for a stop-limit order whose stop already triggered on an earlier bar (it now works as a limit order).</param>
/// <param name="Phase">Decision close or a later bar.</param>
/// <param name="Candles">The series the bar belongs to (the run's, or the lower timeframe's when resolving an ambiguous bar).</param>
/// <param name="Bar">The bar's index in <paramref name="Candles"/>.</param>
/// <param name="SubmittedBar">The bar the order was placed at (its decision close), or −1 where it does not matter (protective stops).</param>
/// <param name="Slices">A <see cref="OrderType.Vwap"/> order's slice count, else 0.</param>
public readonly record struct FillContext(
    OrderType Type, OrderSide Side, double LimitPrice, double StopPrice, bool Triggered, FillPhase Phase, CandleSeries Candles, int Bar,
    int SubmittedBar = -1, int Slices = 0)
{
    /// <summary>The bar's open.</summary>
    public double Open => Candles.Open[Bar];

    /// <summary>The bar's high.</summary>
    public double High => Candles.High[Bar];

    /// <summary>The bar's low.</summary>
    public double Low => Candles.Low[Bar];

    /// <summary>The bar's close.</summary>
    public double Close => Candles.Close[Bar];
}
