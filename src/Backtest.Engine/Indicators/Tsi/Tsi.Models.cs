namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the true strength index.</summary>
public sealed record TsiParameters
{
    /// <summary>Default first smoothing length.</summary>
    public const int DefaultLookbackPeriods = 25;

    /// <summary>Default second smoothing length.</summary>
    public const int DefaultSmoothPeriods = 13;

    /// <summary>Default signal length.</summary>
    public const int DefaultSignalPeriods = 7;

    /// <summary>EMA length of the first smoothing of the change and its absolute value.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Tsi", "lookbackPeriods", "First EMA length of the change", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>EMA length of the second smoothing.</summary>
    public static IndicatorParameter SmoothPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Tsi", "smoothPeriods", "Second EMA length", DefaultSmoothPeriods, 1, 10_000);

    /// <summary>EMA length of the signal line (1 = the TSI itself).</summary>
    public static IndicatorParameter SignalPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Tsi", "signalPeriods", "Signal EMA length (1 = TSI itself)", DefaultSignalPeriods, 1, 1_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public TsiParameters(
        int lookbackPeriods = DefaultLookbackPeriods, int smoothPeriods = DefaultSmoothPeriods, int signalPeriods = DefaultSignalPeriods)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        SmoothPeriods = SmoothPeriodsParameter.CheckInteger(smoothPeriods);
        SignalPeriods = SignalPeriodsParameter.CheckInteger(signalPeriods);
    }

    /// <summary>First smoothing length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Second smoothing length.</summary>
    public int SmoothPeriods { get; }

    /// <summary>Signal length.</summary>
    public int SignalPeriods { get; }
}

/// <summary>One value of the TSI.</summary>
/// <param name="Tsi">True strength index, −100..100.</param>
/// <param name="Signal">EMA of the TSI.</param>
public readonly record struct TsiPoint(double Tsi, double Signal);

/// <summary>TSI columns, one value per input value.</summary>
/// <param name="Tsi">True strength index.</param>
/// <param name="Signal">Signal line.</param>
public sealed record TsiResult(double[] Tsi, double[] Signal);
