namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the money flow index.</summary>
public sealed record MfiParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Number of bars whose money flows are summed.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Mfi", "lookbackPeriods", "Money-flow window", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public MfiParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Money-flow window.</summary>
    public int LookbackPeriods { get; }
}
