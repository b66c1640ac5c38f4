using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>The same quantity for every entry (backtrader's default broker uses a stake of 1).</summary>
public sealed class FixedQuantitySizing : ISizingModel
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="BacktestException">Quantity not finite and positive (InvalidArgument, naming quantity).</exception>
    public FixedQuantitySizing(double quantity)
    {
        if (!(quantity > 0 && double.IsFinite(quantity)))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Fixed sizing needs a finite, positive quantity; got {quantity}."), "quantity");
        }
        Quantity = quantity;
    }

    /// <summary>Base units per entry.</summary>
    public double Quantity { get; }

    /// <inheritdoc />
    public SizingDecision Size(in SizingContext context) => new(Quantity, false);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"fixed {Quantity} units");
}
