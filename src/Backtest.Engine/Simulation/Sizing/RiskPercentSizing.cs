using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Risks a fixed fraction of equity on the stop: <c>quantity = equity × fraction / |price − stopLoss|</c>, so a
/// stop-out loses about that fraction (before fees and gaps). Every entry needs a stop-loss.
/// </summary>
public sealed class RiskPercentSizing : ISizingModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="fraction">Fraction of equity at risk per trade, above 0 and at most 1 (0.01 = 1 %).</param>
    /// <exception cref="BacktestException">Out of range (InvalidArgument, naming fraction).</exception>
    public RiskPercentSizing(double fraction)
    {
        if (!(fraction > 0 && fraction <= 1))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Risk sizing takes the fraction of equity at risk, above 0 and at most 1 (0.01 = 1 %); got {fraction}."), "fraction");
        }
        Fraction = fraction;
    }

    /// <summary>Fraction of equity at risk per trade.</summary>
    public double Fraction { get; }

    /// <inheritdoc />
    /// <exception cref="BacktestException">The entry has no stop-loss (InvalidArgument, naming stop_loss).</exception>
    public SizingDecision Size(in SizingContext context)
    {
        double distance = Math.Abs(context.Price - context.StopPrice);
        if (double.IsNaN(distance))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                "Risk-percent sizing needs a stop-loss on every entry (give the strategy a stop_loss, or set one in the options).", "stop_loss");
        }
        return distance > 0 ? new SizingDecision(Math.Max(0, context.Equity * Fraction / distance), false) : new SizingDecision(0, false);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"risk {Fraction * 100} % of equity per trade");
}
