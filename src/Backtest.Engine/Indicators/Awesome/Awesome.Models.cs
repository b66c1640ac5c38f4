using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the awesome oscillator.</summary>
public sealed record AwesomeParameters
{
    /// <summary>Default fast SMA length.</summary>
    public const int DefaultFastPeriods = 5;

    /// <summary>Default slow SMA length.</summary>
    public const int DefaultSlowPeriods = 34;

    /// <summary>Fast SMA length of the median price.</summary>
    public static IndicatorParameter FastPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Awesome", "fastPeriods", "Fast SMA length", DefaultFastPeriods, 1, 10_000);

    /// <summary>Slow SMA length of the median price (greater than the fast one).</summary>
    public static IndicatorParameter SlowPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Awesome", "slowPeriods", "Slow SMA length (> fastPeriods)", DefaultSlowPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or slow not greater than fast.</exception>
    public AwesomeParameters(int fastPeriods = DefaultFastPeriods, int slowPeriods = DefaultSlowPeriods)
    {
        FastPeriods = FastPeriodsParameter.CheckInteger(fastPeriods);
        SlowPeriods = SlowPeriodsParameter.CheckInteger(slowPeriods);
        if (slowPeriods <= fastPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Awesome: parameter 'slowPeriods' must be greater than 'fastPeriods'; got slowPeriods={slowPeriods}, fastPeriods={fastPeriods}.",
                "slowPeriods");
        }
    }

    /// <summary>Fast SMA length.</summary>
    public int FastPeriods { get; }

    /// <summary>Slow SMA length.</summary>
    public int SlowPeriods { get; }
}

/// <summary>One bar of the awesome oscillator.</summary>
/// <param name="Oscillator">SMA(fast) − SMA(slow) of the median price (high + low)/2.</param>
/// <param name="Normalized">100·oscillator / median price; NaN when the median price is 0.</param>
public readonly record struct AwesomePoint(double Oscillator, double Normalized);

/// <summary>Awesome oscillator columns, one value per bar.</summary>
/// <param name="Oscillator">SMA(fast) − SMA(slow) of the median price.</param>
/// <param name="Normalized">Oscillator in percent of the median price.</param>
public sealed record AwesomeResult(double[] Oscillator, double[] Normalized);
