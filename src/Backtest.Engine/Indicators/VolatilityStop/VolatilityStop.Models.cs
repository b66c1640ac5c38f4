namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the volatility stop.</summary>
public sealed record VolatilityStopParameters
{
    /// <summary>Default ATR length and initial window.</summary>
    public const int DefaultLookbackPeriods = 7;

    /// <summary>Default stop distance in ATRs.</summary>
    public const double DefaultMultiplier = 3;

    /// <summary>ATR length, also the bars used to guess the first trend.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("VolatilityStop", "lookbackPeriods", "ATR length and initial window", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Stop distance from the significant close, in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("VolatilityStop", "multiplier", "Stop distance in ATRs", DefaultMultiplier, 0.01, 100, 0.5);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public VolatilityStopParameters(int lookbackPeriods = DefaultLookbackPeriods, double multiplier = DefaultMultiplier)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
    }

    /// <summary>ATR length and initial window.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Stop distance in ATRs.</summary>
    public double Multiplier { get; }
}

/// <summary>One bar of the volatility stop.</summary>
/// <param name="Sar">Stop-and-reverse level: below the significant close in a long trade, above it in a short one.</param>
/// <param name="IsStop">1 when this bar's close crossed the level (the trade reverses), else 0.</param>
public readonly record struct VolatilityStopPoint(double Sar, double IsStop);

/// <summary>Volatility stop columns, one value per bar.</summary>
/// <param name="Sar">Stop-and-reverse level.</param>
/// <param name="IsStop">1 where the close crossed the level, else 0.</param>
public sealed record VolatilityStopResult(double[] Sar, double[] IsStop);
