namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the smoothed (Wilder's) moving average.</summary>
public sealed record SmmaParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The length n; each step keeps (n−1)/n of the previous value.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Smma", "lookbackPeriods", "Length n (weight 1/n)", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public SmmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Length n.</summary>
    public int LookbackPeriods { get; }
}
