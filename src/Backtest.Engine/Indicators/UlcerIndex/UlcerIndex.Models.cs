namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the ulcer index.</summary>
public sealed record UlcerIndexParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Window length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("UlcerIndex", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public UlcerIndexParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}
