using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// One numeric parameter of an indicator: its allowed range, default and search step. The catalog, the
/// CLI, the optimizer, completers and help read it; the indicator's parameter record validates through it,
/// so a value out of range fails the same way whichever door it came in by.
/// </summary>
/// <param name="Indicator">Name of the indicator that owns the parameter (used in messages).</param>
/// <param name="Name">Parameter name, as Stock.Indicators spells it (e.g. <c>lookbackPeriods</c>).</param>
/// <param name="Description">One line for help and completers.</param>
/// <param name="Default">Value used when the caller omits it.</param>
/// <param name="Min">Smallest allowed value (inclusive).</param>
/// <param name="Max">Largest allowed value (inclusive).</param>
/// <param name="Step">Grid step an optimizer should use by default.</param>
/// <param name="IsInteger">True when only whole numbers are allowed.</param>
public sealed record IndicatorParameter(
    string Indicator, string Name, string Description, double Default, double Min, double Max, double Step, bool IsInteger)
{
    /// <summary>A whole-number parameter (periods) with step 1.</summary>
    public static IndicatorParameter WholeNumber(string indicator, string name, string description, int @default, int min, int max) =>
        new(indicator, name, description, @default, min, max, 1, true);

    /// <summary>A real-valued parameter (multipliers, deviations).</summary>
    public static IndicatorParameter RealNumber(string indicator, string name, string description, double @default, double min, double max, double step) =>
        new(indicator, name, description, @default, min, max, step, false);

    /// <summary>The allowed range as people read it, e.g. <c>an integer from 1 to 1000</c>.</summary>
    public string RangeText => IsInteger
        ? string.Create(CultureInfo.InvariantCulture, $"an integer from {Min} to {Max}")
        : string.Create(CultureInfo.InvariantCulture, $"a number from {Min} to {Max}");

    /// <summary>Returns <paramref name="value"/> when it is a whole number in range; throws otherwise.</summary>
    /// <exception cref="BacktestException">Out of range or not a whole number (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public int CheckInteger(int value)
    {
        if (value < Min || value > Max) throw OutOfRange(value);
        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is allowed (in range, and whole if required); throws otherwise.</summary>
    /// <exception cref="BacktestException">Out of range, NaN, or not a whole number (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public double Check(double value)
    {
        // Written so that NaN fails: every comparison with NaN is false.
        if (!(value >= Min && value <= Max) || (IsInteger && Math.Floor(value) != value)) throw OutOfRange(value);
        return value;
    }

    private BacktestException OutOfRange(double value) => new(
        ErrorKind.InvalidArgument,
        string.Create(CultureInfo.InvariantCulture, $"{Indicator}: parameter '{Name}' must be {RangeText}; got {value}."),
        Name);
}
