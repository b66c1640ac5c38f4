namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the choppiness index.</summary>
public sealed record ChopParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Window length (at least 2: the formula divides by log n).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Chop", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public ChopParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}
