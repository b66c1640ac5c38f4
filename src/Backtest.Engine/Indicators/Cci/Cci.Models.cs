namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the commodity channel index.</summary>
public sealed record CciParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Window of the typical-price mean and mean deviation.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Cci", "lookbackPeriods", "Typical-price window", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public CciParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}
