namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the stochastic oscillator.</summary>
public sealed record StochParameters
{
    /// <summary>Default %K window.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Default %D length.</summary>
    public const int DefaultSignalPeriods = 3;

    /// <summary>Default %K smoothing length.</summary>
    public const int DefaultSmoothPeriods = 3;

    /// <summary>Window of the highest high and lowest low.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Stoch", "lookbackPeriods", "High/low window", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>SMA length of the %D signal line.</summary>
    public static IndicatorParameter SignalPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Stoch", "signalPeriods", "SMA length of %D", DefaultSignalPeriods, 1, 1_000);

    /// <summary>SMA length smoothing raw %K (1 = fast stochastic).</summary>
    public static IndicatorParameter SmoothPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Stoch", "smoothPeriods", "SMA length smoothing %K (1 = fast)", DefaultSmoothPeriods, 1, 1_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public StochParameters(
        int lookbackPeriods = DefaultLookbackPeriods, int signalPeriods = DefaultSignalPeriods, int smoothPeriods = DefaultSmoothPeriods)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        SignalPeriods = SignalPeriodsParameter.CheckInteger(signalPeriods);
        SmoothPeriods = SmoothPeriodsParameter.CheckInteger(smoothPeriods);
    }

    /// <summary>High/low window.</summary>
    public int LookbackPeriods { get; }

    /// <summary>%D length.</summary>
    public int SignalPeriods { get; }

    /// <summary>%K smoothing length.</summary>
    public int SmoothPeriods { get; }
}

/// <summary>One bar of the stochastic oscillator.</summary>
/// <param name="Oscillator">%K, 0..100.</param>
/// <param name="Signal">%D, the SMA of %K.</param>
/// <param name="PercentJ">%J = 3·%K − 2·%D.</param>
public readonly record struct StochPoint(double Oscillator, double Signal, double PercentJ);

/// <summary>Stochastic oscillator columns, one value per input bar.</summary>
/// <param name="Oscillator">%K.</param>
/// <param name="Signal">%D.</param>
/// <param name="PercentJ">%J.</param>
public sealed record StochResult(double[] Oscillator, double[] Signal, double[] PercentJ);
