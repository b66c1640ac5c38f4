namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the stochastic RSI.</summary>
public sealed record StochRsiParameters
{
    /// <summary>Default RSI length.</summary>
    public const int DefaultRsiPeriods = 14;

    /// <summary>Default stochastic window.</summary>
    public const int DefaultStochPeriods = 14;

    /// <summary>Default signal length.</summary>
    public const int DefaultSignalPeriods = 3;

    /// <summary>Default smoothing (1 = none).</summary>
    public const int DefaultSmoothPeriods = 1;

    /// <summary>RSI length.</summary>
    public static IndicatorParameter RsiPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StochRsi", "rsiPeriods", "RSI length", DefaultRsiPeriods, 1, 10_000);

    /// <summary>Window of the RSI's highest and lowest values.</summary>
    public static IndicatorParameter StochPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StochRsi", "stochPeriods", "Stochastic window over RSI", DefaultStochPeriods, 1, 10_000);

    /// <summary>SMA length of the signal line.</summary>
    public static IndicatorParameter SignalPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StochRsi", "signalPeriods", "SMA length of the signal", DefaultSignalPeriods, 1, 1_000);

    /// <summary>SMA length smoothing the oscillator (1 = none).</summary>
    public static IndicatorParameter SmoothPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StochRsi", "smoothPeriods", "SMA length smoothing %K (1 = none)", DefaultSmoothPeriods, 1, 1_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public StochRsiParameters(
        int rsiPeriods = DefaultRsiPeriods, int stochPeriods = DefaultStochPeriods,
        int signalPeriods = DefaultSignalPeriods, int smoothPeriods = DefaultSmoothPeriods)
    {
        RsiPeriods = RsiPeriodsParameter.CheckInteger(rsiPeriods);
        StochPeriods = StochPeriodsParameter.CheckInteger(stochPeriods);
        SignalPeriods = SignalPeriodsParameter.CheckInteger(signalPeriods);
        SmoothPeriods = SmoothPeriodsParameter.CheckInteger(smoothPeriods);
    }

    /// <summary>RSI length.</summary>
    public int RsiPeriods { get; }

    /// <summary>Stochastic window.</summary>
    public int StochPeriods { get; }

    /// <summary>Signal length.</summary>
    public int SignalPeriods { get; }

    /// <summary>Smoothing length.</summary>
    public int SmoothPeriods { get; }
}

/// <summary>One bar of the stochastic RSI.</summary>
/// <param name="StochRsi">%K of the RSI, 0..100.</param>
/// <param name="Signal">SMA of %K.</param>
public readonly record struct StochRsiPoint(double StochRsi, double Signal);

/// <summary>Stochastic RSI columns, one value per input value.</summary>
/// <param name="StochRsi">%K of the RSI.</param>
/// <param name="Signal">SMA of %K.</param>
public sealed record StochRsiResult(double[] StochRsi, double[] Signal);
