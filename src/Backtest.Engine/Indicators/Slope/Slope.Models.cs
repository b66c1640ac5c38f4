namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the rolling linear regression (slope).</summary>
public sealed record SlopeParameters
{
    /// <summary>Default window (Stock.Indicators' catalog default).</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Number of values each least-squares line is fitted to (at least 2).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Slope", "lookbackPeriods", "Regression window", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public SlopeParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Regression window.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>
/// One bar's least-squares line <c>y = Slope·x + Intercept</c> over the window ending at that bar, with x the
/// 1-based position of a value in the whole series (bar i has x = i + 1), as Stock.Indicators defines it.
/// </summary>
/// <param name="Slope">Slope per bar.</param>
/// <param name="Intercept">Value of the line at x = 0 (the bar before the first of the series).</param>
/// <param name="StdDev">Population standard deviation of the window's values (not of the residuals).</param>
/// <param name="RSquared">Coefficient of determination, 0..1; NaN for a flat window.</param>
/// <param name="Line">The line at this bar (<c>Slope·(i+1) + Intercept</c>): the fit's endpoint, which never repaints.</param>
public readonly record struct SlopePoint(double Slope, double Intercept, double StdDev, double RSquared, double Line);

/// <summary>Rolling regression columns, one value per input value.</summary>
/// <param name="Slope">Slope.</param>
/// <param name="Intercept">Intercept at x = 0.</param>
/// <param name="StdDev">Standard deviation of the window's values.</param>
/// <param name="RSquared">R².</param>
/// <param name="Line">The fit's endpoint at each bar.</param>
public sealed record SlopeResult(double[] Slope, double[] Intercept, double[] StdDev, double[] RSquared, double[] Line);
