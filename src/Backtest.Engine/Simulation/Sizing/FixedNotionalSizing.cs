using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>The same quote-currency value for every entry: <c>quantity = notional / price</c>.</summary>
public sealed class FixedNotionalSizing : ISizingModel
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="BacktestException">Notional not finite and positive (InvalidArgument, naming notional).</exception>
    public FixedNotionalSizing(double notional)
    {
        if (!(notional > 0 && double.IsFinite(notional)))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Fixed-notional sizing needs a finite, positive amount; got {notional}."), "notional");
        }
        Notional = notional;
    }

    /// <summary>Quote currency per entry.</summary>
    public double Notional { get; }

    /// <inheritdoc />
    public SizingDecision Size(in SizingContext context) => new(Notional / context.Price, false);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"fixed notional {Notional}");
}
