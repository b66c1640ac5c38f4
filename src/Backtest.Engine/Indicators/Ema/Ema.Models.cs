namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the exponential moving average.</summary>
public sealed record EmaParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The length n; smoothing factor <c>k = 2 / (n + 1)</c>.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ema", "lookbackPeriods", "Length n (k = 2/(n+1))", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public EmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Length n.</summary>
    public int LookbackPeriods { get; }
}
