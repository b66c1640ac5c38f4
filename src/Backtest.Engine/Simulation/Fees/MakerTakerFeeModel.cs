using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Exchange-style fees: <c>fee = notional × (maker ? makerRate : takerRate) + fixedPerFill</c>. Binance spot's
/// standard tier is 0.1 % for both (<c>new MakerTakerFeeModel(0.001, 0.001)</c>, the default).
/// </summary>
public sealed class MakerTakerFeeModel : IFeeModel
{
    /// <summary>No fees at all.</summary>
    public static MakerTakerFeeModel None { get; } = new(0, 0);

    /// <summary>Creates the model.</summary>
    /// <param name="makerRate">Fraction of notional a maker fill pays (0 ≤ rate &lt; 1).</param>
    /// <param name="takerRate">Fraction of notional a taker fill pays (0 ≤ rate &lt; 1).</param>
    /// <param name="fixedPerFill">Fixed quote-currency fee per fill (0 or more).</param>
    /// <exception cref="BacktestException">A rate outside [0, 1) or a negative or non-finite fixed fee (InvalidArgument, naming it).</exception>
    public MakerTakerFeeModel(double makerRate, double takerRate, double fixedPerFill = 0)
    {
        TakerRate = CheckRate(takerRate, "fee");
        MakerRate = CheckRate(makerRate, "maker fee");
        if (!(fixedPerFill >= 0 && double.IsFinite(fixedPerFill)))
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"The fixed fee per fill must be zero or more; got {fixedPerFill}."), "fixed fee");
        }
        FixedPerFill = fixedPerFill;
    }

    /// <inheritdoc />
    public double MakerRate { get; }

    /// <inheritdoc />
    public double TakerRate { get; }

    /// <inheritdoc />
    public double FixedPerFill { get; }

    /// <inheritdoc />
    public double Fee(in FeeContext context) => context.Notional * (context.IsMaker ? MakerRate : TakerRate) + FixedPerFill;

    private static double CheckRate(double rate, string name)
    {
        if (rate >= 0 && rate < 1) return rate;
        throw new BacktestException(ErrorKind.InvalidArgument,
            string.Create(CultureInfo.InvariantCulture, $"The {name} is a fraction of the traded value per fill, from 0 up to (not including) 1 (0.001 = 0.1 %); got {rate}."), name);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"maker {MakerRate}, taker {TakerRate}, fixed {FixedPerFill} per fill");
}
