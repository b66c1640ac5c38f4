using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Exchange quantity rules applied to every entry after sizing, like Binance's LOT_SIZE (<see cref="QuantityStep"/>)
/// and MIN_NOTIONAL (<see cref="MinNotional"/>) filters: the quantity is rounded down to the step (never up: that
/// could spend cash that is not there), and an entry whose value is below the minimum is rejected.
/// </summary>
public sealed record LotRules
{
    /// <summary>No rounding and no minimum (fractional units, the default).</summary>
    public static LotRules None { get; } = new();

    /// <summary>Whole units only (backtesting.py's rule).</summary>
    public static LotRules WholeUnits { get; } = new() { Whole = true };

    /// <summary>Quantity step, e.g. 0.00001 BTC; 0 means none.</summary>
    public double QuantityStep { get; init; }

    /// <summary>Smallest allowed entry value in the quote currency, e.g. 5 USDT; 0 means none.</summary>
    public double MinNotional { get; init; }

    /// <summary>Whole units only (a step of 1, or of <see cref="QuantityStep"/> when that is a larger whole number).</summary>
    public bool Whole { get; init; }

    /// <summary>The step quantities are rounded down to (0 = none).</summary>
    public double EffectiveStep => Whole ? Math.Max(1, QuantityStep) : QuantityStep;

    /// <summary>Throws unless the rules are usable.</summary>
    /// <exception cref="BacktestException">A negative or non-finite value, or a fractional step with whole units (InvalidArgument).</exception>
    public void Validate()
    {
        if (!(QuantityStep >= 0 && double.IsFinite(QuantityStep))) throw Invalid("quantity step", $"must be zero or a finite positive step; got {QuantityStep}");
        if (!(MinNotional >= 0 && double.IsFinite(MinNotional))) throw Invalid("min notional", $"must be zero or more; got {MinNotional}");
        if (Whole && QuantityStep != Math.Floor(QuantityStep)) throw Invalid("quantity step", $"must be a whole number with whole units; got {QuantityStep}");
    }

    /// <summary><paramref name="quantity"/> rounded down to the step (unchanged without one).</summary>
    public double Round(double quantity)
    {
        double step = EffectiveStep;
        if (step <= 0) return quantity;
        double steps = Math.Floor(quantity / step);
        double rounded = steps * step;
        // quantity / step can round up onto a whole number; never return more than was asked for.
        return rounded <= quantity ? rounded : (steps - 1) * step;
    }

    private static BacktestException Invalid(string name, string what) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"Lot rules: the {name} {what}."), name);
}
