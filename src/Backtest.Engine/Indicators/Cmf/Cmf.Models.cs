namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Chaikin money flow.</summary>
public sealed record CmfParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Number of bars whose money flow volume and volume are summed.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Cmf", "lookbackPeriods", "Money-flow window", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public CmfParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Money-flow window.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of Chaikin money flow.</summary>
/// <param name="MoneyFlowMultiplier">This bar's money flow multiplier, −1..1.</param>
/// <param name="MoneyFlowVolume">This bar's money flow volume.</param>
/// <param name="Cmf">Σ money flow volume / Σ volume over the window, −1..1.</param>
public readonly record struct CmfPoint(double MoneyFlowMultiplier, double MoneyFlowVolume, double Cmf);

/// <summary>Chaikin money flow columns, one value per bar.</summary>
/// <param name="MoneyFlowMultiplier">Money flow multiplier.</param>
/// <param name="MoneyFlowVolume">Money flow volume.</param>
/// <param name="Cmf">Chaikin money flow.</param>
public sealed record CmfResult(double[] MoneyFlowMultiplier, double[] MoneyFlowVolume, double[] Cmf);
