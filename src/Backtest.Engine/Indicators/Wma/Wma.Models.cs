namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the linearly weighted moving average.</summary>
public sealed record WmaParameters
{
    /// <summary>Default window length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The window length n; weights 1..n, newest heaviest.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Wma", "lookbackPeriods", "Window length n (weights 1..n)", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public WmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length n.</summary>
    public int LookbackPeriods { get; }
}
