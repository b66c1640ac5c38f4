namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Keltner channels.</summary>
public sealed record KeltnerParameters
{
    /// <summary>Default centre EMA length.</summary>
    public const int DefaultEmaPeriods = 20;

    /// <summary>Default ATR multiplier.</summary>
    public const double DefaultMultiplier = 2;

    /// <summary>Default ATR length.</summary>
    public const int DefaultAtrPeriods = 10;

    /// <summary>Length of the centre EMA of close.</summary>
    public static IndicatorParameter EmaPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Keltner", "emaPeriods", "Centre EMA length", DefaultEmaPeriods, 2, 10_000);

    /// <summary>Channel half-width in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("Keltner", "multiplier", "Half-width in ATRs", DefaultMultiplier, 0.01, 10, 0.1);

    /// <summary>ATR length.</summary>
    public static IndicatorParameter AtrPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Keltner", "atrPeriods", "ATR length", DefaultAtrPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public KeltnerParameters(int emaPeriods = DefaultEmaPeriods, double multiplier = DefaultMultiplier, int atrPeriods = DefaultAtrPeriods)
    {
        EmaPeriods = EmaPeriodsParameter.CheckInteger(emaPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
        AtrPeriods = AtrPeriodsParameter.CheckInteger(atrPeriods);
    }

    /// <summary>Centre EMA length.</summary>
    public int EmaPeriods { get; }

    /// <summary>ATR multiplier.</summary>
    public double Multiplier { get; }

    /// <summary>ATR length.</summary>
    public int AtrPeriods { get; }
}

/// <summary>One bar of Keltner channels.</summary>
/// <param name="UpperBand">Centre + multiplier·ATR.</param>
/// <param name="Centerline">EMA of close.</param>
/// <param name="LowerBand">Centre − multiplier·ATR.</param>
/// <param name="Width">(upper − lower)/centre; NaN when the centre is 0.</param>
public readonly record struct KeltnerPoint(double UpperBand, double Centerline, double LowerBand, double Width);

/// <summary>Keltner channel columns, one value per bar.</summary>
/// <param name="UpperBand">Upper band.</param>
/// <param name="Centerline">Centre line.</param>
/// <param name="LowerBand">Lower band.</param>
/// <param name="Width">Relative width.</param>
public sealed record KeltnerResult(double[] UpperBand, double[] Centerline, double[] LowerBand, double[] Width);
