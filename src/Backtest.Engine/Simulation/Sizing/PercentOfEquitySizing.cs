using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// A fraction of equity per entry, net of the fee: <c>quantity = equity × fraction / (price × (1 + feeRate))</c>.
/// Fraction 1 is all-in measured on equity rather than cash.
/// </summary>
public sealed class PercentOfEquitySizing : ISizingModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="fraction">Fraction of equity, above 0 and at most 1 (0.25 = 25 %).</param>
    /// <exception cref="BacktestException">Out of range (InvalidArgument, naming fraction).</exception>
    public PercentOfEquitySizing(double fraction)
    {
        if (!(fraction > 0 && fraction <= 1))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Percent-of-equity sizing takes a fraction above 0 and at most 1 (0.25 = 25 %); got {fraction}."), "fraction");
        }
        Fraction = fraction;
    }

    /// <summary>Fraction of equity per entry.</summary>
    public double Fraction { get; }

    /// <inheritdoc />
    public SizingDecision Size(in SizingContext context) =>
        new(Math.Max(0, context.Equity * Fraction / (context.Price * (1 + context.FeeRate))), false);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Fraction * 100} % of equity");
}
