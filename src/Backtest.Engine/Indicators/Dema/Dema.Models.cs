namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the double exponential moving average.</summary>
public sealed record DemaParameters
{
    /// <summary>Default length (Stock.Indicators' default).</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>The EMA length n.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Dema", "lookbackPeriods", "EMA length n", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public DemaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>EMA length n.</summary>
    public int LookbackPeriods { get; }
}
