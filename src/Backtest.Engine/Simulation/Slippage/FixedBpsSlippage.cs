using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>A fixed fraction against the trader: <c>price × (1 ± bps / 10,000)</c>; 5 bps = 0.05 %.</summary>
public sealed class FixedBpsSlippage : ISlippageModel
{
    private readonly double _up, _down;

    /// <summary>Creates the model.</summary>
    /// <param name="basisPoints">Slippage in basis points (0 to 10,000).</param>
    /// <exception cref="BacktestException">Out of range (InvalidArgument, naming slippage).</exception>
    public FixedBpsSlippage(double basisPoints)
    {
        if (!(basisPoints >= 0 && basisPoints < 10_000))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Fixed slippage is in basis points, from 0 up to (not including) 10000; got {basisPoints}."), "slippage");
        }
        BasisPoints = basisPoints;
        _up = 1 + basisPoints / 10_000;
        _down = 1 - basisPoints / 10_000;
    }

    /// <summary>The slippage in basis points.</summary>
    public double BasisPoints { get; }

    /// <inheritdoc />
    public double Price(in SlippageContext context) => context.Price * (context.Side == OrderSide.Buy ? _up : _down);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"fixed {BasisPoints} bps");
}
