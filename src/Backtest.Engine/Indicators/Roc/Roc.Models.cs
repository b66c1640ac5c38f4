namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the rate of change.</summary>
public sealed record RocParameters
{
    /// <summary>Default distance (the default of Stock.Indicators' catalog).</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>How many values back the change is measured.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Roc", "lookbackPeriods", "Distance back in values", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public RocParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Distance back.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One value of the rate of change.</summary>
/// <param name="Momentum">x − x[n back].</param>
/// <param name="Roc">Change in percent of x[n back]; NaN when that is 0.</param>
public readonly record struct RocPoint(double Momentum, double Roc);

/// <summary>Rate-of-change columns, one value per input value.</summary>
/// <param name="Momentum">x − x[n back].</param>
/// <param name="Roc">Percent change.</param>
public sealed record RocResult(double[] Momentum, double[] Roc);
