namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Bollinger Bands.</summary>
public sealed record BollingerBandsParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Default band width in standard deviations.</summary>
    public const double DefaultStandardDeviations = 2;

    /// <summary>Window of the SMA and deviation (at least 2).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("BollingerBands", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Half-width of the bands in standard deviations.</summary>
    public static IndicatorParameter StandardDeviationsParameter { get; } =
        IndicatorParameter.RealNumber("BollingerBands", "standardDeviations", "Band half-width in standard deviations",
            DefaultStandardDeviations, 0.01, 10, 0.1);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public BollingerBandsParameters(int lookbackPeriods = DefaultLookbackPeriods, double standardDeviations = DefaultStandardDeviations)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        StandardDeviations = StandardDeviationsParameter.Check(standardDeviations);
    }

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Band half-width in standard deviations.</summary>
    public double StandardDeviations { get; }
}

/// <summary>One value of Bollinger Bands.</summary>
/// <param name="Sma">Centre line, the window mean.</param>
/// <param name="UpperBand">Sma + k·σ.</param>
/// <param name="LowerBand">Sma − k·σ.</param>
/// <param name="PercentB">(x − lower)/(upper − lower); NaN for zero width.</param>
/// <param name="ZScore">(x − Sma)/σ; NaN when σ is 0.</param>
/// <param name="Width">(upper − lower)/Sma; NaN when Sma is 0.</param>
public readonly record struct BollingerBandsPoint(double Sma, double UpperBand, double LowerBand, double PercentB, double ZScore, double Width);

/// <summary>Bollinger Bands columns, one value per input value.</summary>
/// <param name="Sma">Centre line.</param>
/// <param name="UpperBand">Upper band.</param>
/// <param name="LowerBand">Lower band.</param>
/// <param name="PercentB">%B.</param>
/// <param name="ZScore">Z-score.</param>
/// <param name="Width">Relative width.</param>
public sealed record BollingerBandsResult(
    double[] Sma, double[] UpperBand, double[] LowerBand, double[] PercentB, double[] ZScore, double[] Width);
