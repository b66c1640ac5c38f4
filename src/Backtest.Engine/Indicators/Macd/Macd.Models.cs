using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of MACD.</summary>
public sealed record MacdParameters
{
    /// <summary>Default fast EMA length.</summary>
    public const int DefaultFastPeriods = 12;

    /// <summary>Default slow EMA length.</summary>
    public const int DefaultSlowPeriods = 26;

    /// <summary>Default signal EMA length.</summary>
    public const int DefaultSignalPeriods = 9;

    /// <summary>Fast EMA length.</summary>
    public static IndicatorParameter FastPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Macd", "fastPeriods", "Fast EMA length", DefaultFastPeriods, 1, 10_000);

    /// <summary>Slow EMA length (greater than the fast one).</summary>
    public static IndicatorParameter SlowPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Macd", "slowPeriods", "Slow EMA length (> fastPeriods)", DefaultSlowPeriods, 2, 10_000);

    /// <summary>EMA length of the signal line.</summary>
    public static IndicatorParameter SignalPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Macd", "signalPeriods", "Signal EMA length", DefaultSignalPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or slow not greater than fast.</exception>
    public MacdParameters(int fastPeriods = DefaultFastPeriods, int slowPeriods = DefaultSlowPeriods, int signalPeriods = DefaultSignalPeriods)
    {
        FastPeriods = FastPeriodsParameter.CheckInteger(fastPeriods);
        SlowPeriods = SlowPeriodsParameter.CheckInteger(slowPeriods);
        SignalPeriods = SignalPeriodsParameter.CheckInteger(signalPeriods);
        if (slowPeriods <= fastPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Macd: parameter 'slowPeriods' must be greater than 'fastPeriods'; got slowPeriods={slowPeriods}, fastPeriods={fastPeriods}.",
                "slowPeriods");
        }
    }

    /// <summary>Fast EMA length.</summary>
    public int FastPeriods { get; }

    /// <summary>Slow EMA length.</summary>
    public int SlowPeriods { get; }

    /// <summary>Signal EMA length.</summary>
    public int SignalPeriods { get; }
}

/// <summary>One value of MACD.</summary>
/// <param name="Macd">Fast EMA − slow EMA.</param>
/// <param name="Signal">EMA of MACD.</param>
/// <param name="Histogram">MACD − signal.</param>
/// <param name="FastEma">The fast EMA.</param>
/// <param name="SlowEma">The slow EMA.</param>
public readonly record struct MacdPoint(double Macd, double Signal, double Histogram, double FastEma, double SlowEma);

/// <summary>MACD columns, one value per input value.</summary>
/// <param name="Macd">Fast EMA − slow EMA.</param>
/// <param name="Signal">EMA of MACD.</param>
/// <param name="Histogram">MACD − signal.</param>
/// <param name="FastEma">The fast EMA.</param>
/// <param name="SlowEma">The slow EMA.</param>
public sealed record MacdResult(double[] Macd, double[] Signal, double[] Histogram, double[] FastEma, double[] SlowEma);
