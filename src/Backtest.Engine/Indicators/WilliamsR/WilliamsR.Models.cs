namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Williams %R.</summary>
public sealed record WilliamsRParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Window of the highest high and lowest low.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("WilliamsR", "lookbackPeriods", "High/low window", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public WilliamsRParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>High/low window.</summary>
    public int LookbackPeriods { get; }
}
