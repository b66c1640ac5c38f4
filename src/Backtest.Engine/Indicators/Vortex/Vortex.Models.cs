namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the vortex indicator.</summary>
public sealed record VortexParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Number of bars summed.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Vortex", "lookbackPeriods", "Bars summed", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public VortexParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Bars summed.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of the vortex indicator.</summary>
/// <param name="Pvi">VI+ = Σ|high − low'| / Σ TR.</param>
/// <param name="Nvi">VI− = Σ|low − high'| / Σ TR.</param>
public readonly record struct VortexPoint(double Pvi, double Nvi);

/// <summary>Vortex columns, one value per bar.</summary>
/// <param name="Pvi">VI+.</param>
/// <param name="Nvi">VI−.</param>
public sealed record VortexResult(double[] Pvi, double[] Nvi);
