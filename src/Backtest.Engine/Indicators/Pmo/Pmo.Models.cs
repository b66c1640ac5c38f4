namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the price momentum oscillator.</summary>
public sealed record PmoParameters
{
    /// <summary>Default first smoothing length.</summary>
    public const int DefaultTimePeriods = 35;

    /// <summary>Default second smoothing length.</summary>
    public const int DefaultSmoothPeriods = 20;

    /// <summary>Default signal length.</summary>
    public const int DefaultSignalPeriods = 10;

    /// <summary>Length of the first smoothing of the one-bar rate of change (factor 2/n).</summary>
    public static IndicatorParameter TimePeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Pmo", "timePeriods", "First smoothing of the 1-bar ROC (factor 2/n)", DefaultTimePeriods, 2, 10_000);

    /// <summary>Length of the second smoothing (factor 2/n).</summary>
    public static IndicatorParameter SmoothPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Pmo", "smoothPeriods", "Second smoothing (factor 2/n)", DefaultSmoothPeriods, 1, 10_000);

    /// <summary>EMA length of the signal line.</summary>
    public static IndicatorParameter SignalPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Pmo", "signalPeriods", "Signal EMA length", DefaultSignalPeriods, 1, 1_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public PmoParameters(int timePeriods = DefaultTimePeriods, int smoothPeriods = DefaultSmoothPeriods, int signalPeriods = DefaultSignalPeriods)
    {
        TimePeriods = TimePeriodsParameter.CheckInteger(timePeriods);
        SmoothPeriods = SmoothPeriodsParameter.CheckInteger(smoothPeriods);
        SignalPeriods = SignalPeriodsParameter.CheckInteger(signalPeriods);
    }

    /// <summary>First smoothing length.</summary>
    public int TimePeriods { get; }

    /// <summary>Second smoothing length.</summary>
    public int SmoothPeriods { get; }

    /// <summary>Signal length.</summary>
    public int SignalPeriods { get; }
}

/// <summary>One value of the PMO.</summary>
/// <param name="Pmo">Price momentum oscillator.</param>
/// <param name="Signal">EMA of the PMO.</param>
public readonly record struct PmoPoint(double Pmo, double Signal);

/// <summary>PMO columns, one value per input value.</summary>
/// <param name="Pmo">Price momentum oscillator.</param>
/// <param name="Signal">Signal line.</param>
public sealed record PmoResult(double[] Pmo, double[] Signal);
