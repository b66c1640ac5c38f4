using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Chaikin oscillator.</summary>
public sealed record ChaikinOscParameters
{
    /// <summary>Default fast EMA length.</summary>
    public const int DefaultFastPeriods = 3;

    /// <summary>Default slow EMA length.</summary>
    public const int DefaultSlowPeriods = 10;

    /// <summary>Fast EMA length of the ADL.</summary>
    public static IndicatorParameter FastPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ChaikinOsc", "fastPeriods", "Fast EMA length of the ADL", DefaultFastPeriods, 1, 10_000);

    /// <summary>Slow EMA length of the ADL, greater than the fast one.</summary>
    public static IndicatorParameter SlowPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ChaikinOsc", "slowPeriods", "Slow EMA length of the ADL (> fastPeriods)", DefaultSlowPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or slow not greater than fast.</exception>
    public ChaikinOscParameters(int fastPeriods = DefaultFastPeriods, int slowPeriods = DefaultSlowPeriods)
    {
        FastPeriods = FastPeriodsParameter.CheckInteger(fastPeriods);
        SlowPeriods = SlowPeriodsParameter.CheckInteger(slowPeriods);
        if (slowPeriods <= fastPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"ChaikinOsc: parameter 'slowPeriods' must be greater than 'fastPeriods'; got slowPeriods={slowPeriods}, fastPeriods={fastPeriods}.",
                "slowPeriods");
        }
    }

    /// <summary>Fast EMA length.</summary>
    public int FastPeriods { get; }

    /// <summary>Slow EMA length.</summary>
    public int SlowPeriods { get; }
}

/// <summary>One bar of the Chaikin oscillator.</summary>
/// <param name="MoneyFlowMultiplier">This bar's money flow multiplier.</param>
/// <param name="MoneyFlowVolume">This bar's money flow volume.</param>
/// <param name="Adl">Accumulation/distribution line.</param>
/// <param name="Oscillator">Fast EMA − slow EMA of the ADL.</param>
/// <param name="FastEma">Fast EMA of the ADL.</param>
/// <param name="SlowEma">Slow EMA of the ADL.</param>
public readonly record struct ChaikinOscPoint(
    double MoneyFlowMultiplier, double MoneyFlowVolume, double Adl, double Oscillator, double FastEma, double SlowEma);

/// <summary>Chaikin oscillator columns, one value per bar.</summary>
/// <param name="MoneyFlowMultiplier">Money flow multiplier.</param>
/// <param name="MoneyFlowVolume">Money flow volume.</param>
/// <param name="Adl">Accumulation/distribution line.</param>
/// <param name="Oscillator">The oscillator.</param>
/// <param name="FastEma">Fast EMA of the ADL.</param>
/// <param name="SlowEma">Slow EMA of the ADL.</param>
public sealed record ChaikinOscResult(
    double[] MoneyFlowMultiplier, double[] MoneyFlowVolume, double[] Adl, double[] Oscillator, double[] FastEma, double[] SlowEma);
