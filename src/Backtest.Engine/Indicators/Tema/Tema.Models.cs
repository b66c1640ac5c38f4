namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the triple exponential moving average.</summary>
public sealed record TemaParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The EMA length n.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Tema", "lookbackPeriods", "EMA length n", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public TemaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>EMA length n.</summary>
    public int LookbackPeriods { get; }
}
