namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the rolling standard deviation.</summary>
public sealed record StdDevParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Window length (at least 2).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StdDev", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public StdDevParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One value of the rolling standard deviation.</summary>
/// <param name="StdDev">Population standard deviation of the window.</param>
/// <param name="Mean">Mean of the window.</param>
/// <param name="ZScore">(x − mean) / stdDev; NaN when stdDev is 0.</param>
public readonly record struct StdDevPoint(double StdDev, double Mean, double ZScore);

/// <summary>Rolling standard deviation columns, one value per input value.</summary>
/// <param name="StdDev">Population standard deviation.</param>
/// <param name="Mean">Window mean.</param>
/// <param name="ZScore">Z-score of the current value.</param>
public sealed record StdDevResult(double[] StdDev, double[] Mean, double[] ZScore);
