namespace Backtest.Engine.Indicators;

/// <summary>Parameters of SuperTrend.</summary>
public sealed record SuperTrendParameters
{
    /// <summary>Default ATR length.</summary>
    public const int DefaultLookbackPeriods = 10;

    /// <summary>Default band offset in ATRs.</summary>
    public const double DefaultMultiplier = 3;

    /// <summary>ATR length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("SuperTrend", "lookbackPeriods", "ATR length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Band offset from the bar's midpoint, in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("SuperTrend", "multiplier", "Band offset in ATRs", DefaultMultiplier, 0.01, 100, 0.5);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public SuperTrendParameters(int lookbackPeriods = DefaultLookbackPeriods, double multiplier = DefaultMultiplier)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
    }

    /// <summary>ATR length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Band offset in ATRs.</summary>
    public double Multiplier { get; }
}

/// <summary>One bar of SuperTrend.</summary>
/// <param name="SuperTrend">The active band: the lower band in an up-trend, the upper band in a down-trend.</param>
/// <param name="Direction">+1 in an up-trend (the line is Stock.Indicators' LowerBand), −1 in a down-trend (its UpperBand).</param>
public readonly record struct SuperTrendPoint(double SuperTrend, double Direction);

/// <summary>SuperTrend columns, one value per bar.</summary>
/// <param name="SuperTrend">The active band.</param>
/// <param name="Direction">+1 up-trend, −1 down-trend.</param>
public sealed record SuperTrendResult(double[] SuperTrend, double[] Direction);
