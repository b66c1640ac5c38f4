namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the volume-weighted moving average.</summary>
public sealed record VwmaParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Window length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Vwma", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public VwmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}
