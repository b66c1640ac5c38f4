namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Wilder's relative strength index.</summary>
public sealed record RsiParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>The smoothing length n of the average gain and loss.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Rsi", "lookbackPeriods", "Wilder smoothing length n", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public RsiParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Smoothing length n.</summary>
    public int LookbackPeriods { get; }
}
