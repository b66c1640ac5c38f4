namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Tillson's T3 moving average.</summary>
public sealed record T3Parameters
{
    /// <summary>Default EMA length.</summary>
    public const int DefaultLookbackPeriods = 5;

    /// <summary>Default volume factor.</summary>
    public const double DefaultVolumeFactor = 0.7;

    /// <summary>Length n of each of the six EMAs (<c>k = 2/(n+1)</c>).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("T3", "lookbackPeriods", "Length of each EMA (k = 2/(n+1))", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Tillson's volume factor a: 0 gives a triple EMA, 1 the most DEMA-like overshoot.</summary>
    public static IndicatorParameter VolumeFactorParameter { get; } =
        IndicatorParameter.RealNumber("T3", "volumeFactor", "Volume factor a (generalised-DEMA weight)", DefaultVolumeFactor, 0.01, 1, 0.05);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public T3Parameters(int lookbackPeriods = DefaultLookbackPeriods, double volumeFactor = DefaultVolumeFactor)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        VolumeFactor = VolumeFactorParameter.Check(volumeFactor);
    }

    /// <summary>EMA length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Volume factor.</summary>
    public double VolumeFactor { get; }
}
