namespace Backtest.Engine.Indicators;

/// <summary>Parameters of STARC bands.</summary>
public sealed record StarcBandsParameters
{
    /// <summary>Default centre SMA length.</summary>
    public const int DefaultSmaPeriods = 5;

    /// <summary>Default half-width in ATRs.</summary>
    public const double DefaultMultiplier = 2;

    /// <summary>Default ATR length.</summary>
    public const int DefaultAtrPeriods = 10;

    /// <summary>Length of the centre SMA of close.</summary>
    public static IndicatorParameter SmaPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StarcBands", "smaPeriods", "Centre SMA length", DefaultSmaPeriods, 2, 10_000);

    /// <summary>Band half-width in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("StarcBands", "multiplier", "Half-width in ATRs", DefaultMultiplier, 0.01, 100, 0.5);

    /// <summary>ATR length.</summary>
    public static IndicatorParameter AtrPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StarcBands", "atrPeriods", "ATR length", DefaultAtrPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public StarcBandsParameters(int smaPeriods = DefaultSmaPeriods, double multiplier = DefaultMultiplier, int atrPeriods = DefaultAtrPeriods)
    {
        SmaPeriods = SmaPeriodsParameter.CheckInteger(smaPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
        AtrPeriods = AtrPeriodsParameter.CheckInteger(atrPeriods);
    }

    /// <summary>Centre SMA length.</summary>
    public int SmaPeriods { get; }

    /// <summary>ATR multiplier.</summary>
    public double Multiplier { get; }

    /// <summary>ATR length.</summary>
    public int AtrPeriods { get; }
}

/// <summary>One bar of STARC bands.</summary>
/// <param name="UpperBand">SMA + multiplier·ATR.</param>
/// <param name="Centerline">SMA of close.</param>
/// <param name="LowerBand">SMA − multiplier·ATR.</param>
public readonly record struct StarcBandsPoint(double UpperBand, double Centerline, double LowerBand);

/// <summary>STARC band columns, one value per bar.</summary>
/// <param name="UpperBand">Upper band.</param>
/// <param name="Centerline">Centre line.</param>
/// <param name="LowerBand">Lower band.</param>
public sealed record StarcBandsResult(double[] UpperBand, double[] Centerline, double[] LowerBand);
