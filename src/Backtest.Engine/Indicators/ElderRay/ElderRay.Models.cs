namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Elder-ray index.</summary>
public sealed record ElderRayParameters
{
    /// <summary>Default EMA length.</summary>
    public const int DefaultLookbackPeriods = 13;

    /// <summary>EMA length of close.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ElderRay", "lookbackPeriods", "EMA length of close", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public ElderRayParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>EMA length.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of the Elder-ray index.</summary>
/// <param name="Ema">EMA of close.</param>
/// <param name="BullPower">high − EMA.</param>
/// <param name="BearPower">low − EMA.</param>
public readonly record struct ElderRayPoint(double Ema, double BullPower, double BearPower);

/// <summary>Elder-ray columns, one value per bar.</summary>
/// <param name="Ema">EMA of close.</param>
/// <param name="BullPower">high − EMA.</param>
/// <param name="BearPower">low − EMA.</param>
public sealed record ElderRayResult(double[] Ema, double[] BullPower, double[] BearPower);
