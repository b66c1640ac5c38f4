using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Market impact grows with the order's share of volume (zipline's model): <c>share = min(1, quantity / volume)</c>
/// with the last closed bar's volume, and the price moves by <c>price × impact × share²</c> against the trader.
/// A bar with zero volume counts as share 1. Adds nothing while the quantity is unknown (during sizing).
/// </summary>
public sealed class VolumeShareSlippage : ISlippageModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="impact">Price impact at a 100 % volume share (0 to 1; zipline uses 0.1).</param>
    /// <exception cref="BacktestException">Out of range (InvalidArgument, naming slippage).</exception>
    public VolumeShareSlippage(double impact = 0.1)
    {
        if (!(impact >= 0 && impact < 1))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Volume-share impact is a fraction from 0 up to (not including) 1; got {impact}."), "slippage");
        }
        Impact = impact;
    }

    /// <summary>Price impact at a 100 % volume share.</summary>
    public double Impact { get; }

    /// <inheritdoc />
    public double Price(in SlippageContext context)
    {
        if (double.IsNaN(context.Quantity) || context.LastClosedBar < 0) return context.Price;
        double volume = context.Market.Candles.Volume[context.LastClosedBar];
        double share = volume > 0 ? Math.Min(1, context.Quantity / volume) : 1;
        double move = context.Price * Impact * share * share;
        return context.Side == OrderSide.Buy ? context.Price + move : context.Price - move;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"volume share, impact {Impact}");
}
