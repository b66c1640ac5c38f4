using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Kaufman's adaptive moving average.</summary>
public sealed record KamaParameters
{
    /// <summary>Default efficiency-ratio window.</summary>
    public const int DefaultErPeriods = 10;

    /// <summary>Default fastest EMA length.</summary>
    public const int DefaultFastPeriods = 2;

    /// <summary>Default slowest EMA length.</summary>
    public const int DefaultSlowPeriods = 30;

    /// <summary>Window of the efficiency ratio (net change over summed bar-to-bar changes).</summary>
    public static IndicatorParameter ErPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Kama", "erPeriods", "Efficiency-ratio window", DefaultErPeriods, 2, 10_000);

    /// <summary>EMA length used when the market trends perfectly (ER = 1).</summary>
    public static IndicatorParameter FastPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Kama", "fastPeriods", "Fastest EMA length (ER = 1)", DefaultFastPeriods, 1, 1_000);

    /// <summary>EMA length used when the market only churns (ER = 0); greater than the fast one.</summary>
    public static IndicatorParameter SlowPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Kama", "slowPeriods", "Slowest EMA length (ER = 0; > fastPeriods)", DefaultSlowPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or slow not greater than fast.</exception>
    public KamaParameters(int erPeriods = DefaultErPeriods, int fastPeriods = DefaultFastPeriods, int slowPeriods = DefaultSlowPeriods)
    {
        ErPeriods = ErPeriodsParameter.CheckInteger(erPeriods);
        FastPeriods = FastPeriodsParameter.CheckInteger(fastPeriods);
        SlowPeriods = SlowPeriodsParameter.CheckInteger(slowPeriods);
        if (slowPeriods <= fastPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Kama: parameter 'slowPeriods' must be greater than 'fastPeriods'; got slowPeriods={slowPeriods}, fastPeriods={fastPeriods}.",
                "slowPeriods");
        }
    }

    /// <summary>Efficiency-ratio window.</summary>
    public int ErPeriods { get; }

    /// <summary>Fastest EMA length.</summary>
    public int FastPeriods { get; }

    /// <summary>Slowest EMA length.</summary>
    public int SlowPeriods { get; }
}

/// <summary>One value of KAMA.</summary>
/// <param name="Er">Efficiency ratio, 0..1.</param>
/// <param name="Kama">The adaptive moving average.</param>
public readonly record struct KamaPoint(double Er, double Kama);

/// <summary>KAMA columns, one value per input value.</summary>
/// <param name="Er">Efficiency ratio.</param>
/// <param name="Kama">Adaptive moving average.</param>
public sealed record KamaResult(double[] Er, double[] Kama);
