namespace Backtest.Engine.Indicators;

/// <summary>Parameters of TRIX.</summary>
public sealed record TrixParameters
{
    /// <summary>Default EMA length (Stock.Indicators' catalog default).</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Length n of each of the three EMAs.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Trix", "lookbackPeriods", "Length of each EMA", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public TrixParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>EMA length.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One value of TRIX.</summary>
/// <param name="Ema3">The triple-smoothed EMA.</param>
/// <param name="Trix">One-bar rate of change of <paramref name="Ema3"/>, in percent.</param>
public readonly record struct TrixPoint(double Ema3, double Trix);

/// <summary>TRIX columns, one value per input value.</summary>
/// <param name="Ema3">Triple-smoothed EMA.</param>
/// <param name="Trix">Its one-bar percent change.</param>
public sealed record TrixResult(double[] Ema3, double[] Trix);
