namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Hull moving average.</summary>
public sealed record HmaParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The length n (at least 2, so that n/2 is a window).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Hma", "lookbackPeriods", "Length n: WMA(√n) of 2·WMA(n/2) − WMA(n)", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public HmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Length n.</summary>
    public int LookbackPeriods { get; }
}
