using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Signals.Bands;

/// <summary>Parameters of the rolling polynomial-regression bands, checked on construction.</summary>
public sealed record PolynomialBandsParameters
{
    /// <summary>Default window in bars.</summary>
    public const int DefaultLookbackPeriods = 100;

    /// <summary>Default polynomial degree.</summary>
    public const int DefaultDegree = 4;

    /// <summary>Default band half-width in residual standard deviations.</summary>
    public const double DefaultStandardDeviations = 2.0;

    /// <summary>Smallest degree.</summary>
    public const int MinDegree = 2;

    /// <summary>Largest degree (the scaled-x QR keeps it accurate).</summary>
    public const int MaxDegree = 10;

    /// <summary>Largest window.</summary>
    public const int MaxLookbackPeriods = 100_000;

    /// <summary>Smallest band half-width.</summary>
    public const double MinStandardDeviations = 0.01;

    /// <summary>Largest band half-width.</summary>
    public const double MaxStandardDeviations = 10;

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException"><see cref="ErrorKind.InvalidArgument"/> naming the parameter and its range.</exception>
    public PolynomialBandsParameters(int lookbackPeriods = DefaultLookbackPeriods, int degree = DefaultDegree,
        double standardDeviations = DefaultStandardDeviations)
    {
        Degree = CheckDegree(degree, "degree");
        LookbackPeriods = lookbackPeriods >= degree + 2 && lookbackPeriods <= MaxLookbackPeriods
            ? lookbackPeriods
            : throw Range("lookbackPeriods", lookbackPeriods, $"{degree + 2} (degree + 2) to {MaxLookbackPeriods}");
        StandardDeviations = CheckStandardDeviations(standardDeviations, "standardDeviations");
    }

    /// <summary>Bars per window, the current bar included.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Polynomial degree.</summary>
    public int Degree { get; }

    /// <summary>Band half-width in residual standard deviations.</summary>
    public double StandardDeviations { get; }

    /// <summary>Checks a degree against [<see cref="MinDegree"/>, <see cref="MaxDegree"/>].</summary>
    internal static int CheckDegree(int degree, string parameter) =>
        degree is >= MinDegree and <= MaxDegree ? degree : throw Range(parameter, degree, $"{MinDegree} to {MaxDegree}");

    /// <summary>Checks a band width against [<see cref="MinStandardDeviations"/>, <see cref="MaxStandardDeviations"/>].</summary>
    internal static double CheckStandardDeviations(double value, string parameter) =>
        value is >= MinStandardDeviations and <= MaxStandardDeviations
            ? value
            : throw Range(parameter, value, $"{MinStandardDeviations.ToString(CultureInfo.InvariantCulture)} to {MaxStandardDeviations.ToString(CultureInfo.InvariantCulture)}");

    internal static BacktestException Range(string parameter, double value, string range) =>
        new(ErrorKind.InvalidArgument,
            string.Create(CultureInfo.InvariantCulture, $"Polynomial bands: {parameter} = {value} is out of range; allowed: {range}."), parameter);
}
