using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the ultimate oscillator.</summary>
public sealed record UltimateParameters
{
    /// <summary>Default short window.</summary>
    public const int DefaultShortPeriods = 7;

    /// <summary>Default middle window.</summary>
    public const int DefaultMiddlePeriods = 14;

    /// <summary>Default long window.</summary>
    public const int DefaultLongPeriods = 28;

    /// <summary>Short window (weight 4).</summary>
    public static IndicatorParameter ShortPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ultimate", "shortPeriods", "Short window (weight 4)", DefaultShortPeriods, 1, 10_000);

    /// <summary>Middle window (weight 2), longer than the short one.</summary>
    public static IndicatorParameter MiddlePeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ultimate", "middlePeriods", "Middle window (weight 2; > shortPeriods)", DefaultMiddlePeriods, 2, 10_000);

    /// <summary>Long window (weight 1), longer than the middle one.</summary>
    public static IndicatorParameter LongPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ultimate", "longPeriods", "Long window (weight 1; > middlePeriods)", DefaultLongPeriods, 3, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or the windows not strictly increasing.</exception>
    public UltimateParameters(
        int shortPeriods = DefaultShortPeriods, int middlePeriods = DefaultMiddlePeriods, int longPeriods = DefaultLongPeriods)
    {
        ShortPeriods = ShortPeriodsParameter.CheckInteger(shortPeriods);
        MiddlePeriods = MiddlePeriodsParameter.CheckInteger(middlePeriods);
        LongPeriods = LongPeriodsParameter.CheckInteger(longPeriods);
        if (middlePeriods <= shortPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Ultimate: parameter 'middlePeriods' must be greater than 'shortPeriods'; got middlePeriods={middlePeriods}, shortPeriods={shortPeriods}.",
                "middlePeriods");
        }
        if (longPeriods <= middlePeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Ultimate: parameter 'longPeriods' must be greater than 'middlePeriods'; got longPeriods={longPeriods}, middlePeriods={middlePeriods}.",
                "longPeriods");
        }
    }

    /// <summary>Short window.</summary>
    public int ShortPeriods { get; }

    /// <summary>Middle window.</summary>
    public int MiddlePeriods { get; }

    /// <summary>Long window.</summary>
    public int LongPeriods { get; }
}
