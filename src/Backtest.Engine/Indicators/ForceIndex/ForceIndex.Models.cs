namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the force index.</summary>
public sealed record ForceIndexParameters
{
    /// <summary>Default EMA length.</summary>
    public const int DefaultLookbackPeriods = 2;

    /// <summary>EMA length smoothing the raw force.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ForceIndex", "lookbackPeriods", "EMA length of the raw force", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public ForceIndexParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>EMA length.</summary>
    public int LookbackPeriods { get; }
}
