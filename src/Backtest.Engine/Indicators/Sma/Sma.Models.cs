namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the simple moving average.</summary>
public sealed record SmaParameters
{
    /// <summary>Default window length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>The window length: the mean of the last <c>lookbackPeriods</c> values.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Sma", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public SmaParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }
}
