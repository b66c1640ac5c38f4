namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Chande momentum oscillator.</summary>
public sealed record CmoParameters
{
    /// <summary>Default window (Stock.Indicators' catalog default).</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Number of bar-to-bar changes summed.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Cmo", "lookbackPeriods", "Number of changes summed", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public CmoParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Number of changes summed.</summary>
    public int LookbackPeriods { get; }
}
