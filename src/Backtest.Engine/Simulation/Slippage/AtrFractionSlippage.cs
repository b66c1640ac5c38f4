using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Slippage proportional to volatility: <c>price ± fraction × ATR</c>, with the ATR (Wilder, the options' period) of the
/// last closed bar. No slippage while the ATR is still warming up. A sell is never slipped below zero.
/// </summary>
public sealed class AtrFractionSlippage : ISlippageModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="fraction">Multiple of the ATR (0 to 100).</param>
    /// <exception cref="BacktestException">Out of range (InvalidArgument, naming slippage).</exception>
    public AtrFractionSlippage(double fraction)
    {
        if (!(fraction >= 0 && fraction <= 100))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"ATR slippage is a multiple of the ATR from 0 to 100; got {fraction}."), "slippage");
        }
        Fraction = fraction;
    }

    /// <summary>The multiple of the ATR.</summary>
    public double Fraction { get; }

    /// <inheritdoc />
    public double Price(in SlippageContext context)
    {
        double atr = context.Market.Atr(context.LastClosedBar);
        if (!(atr > 0)) return context.Price;
        double slip = Fraction * atr;
        return context.Side == OrderSide.Buy ? context.Price + slip : Math.Max(context.Price - slip, 0);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Fraction} x ATR");
}
