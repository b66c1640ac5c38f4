namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the average true range.</summary>
public sealed record AtrParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Wilder smoothing length of the true range.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Atr", "lookbackPeriods", "Wilder smoothing length n", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public AtrParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Smoothing length n.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of ATR.</summary>
/// <param name="Tr">True range.</param>
/// <param name="Atr">Average true range.</param>
/// <param name="Atrp">ATR in percent of the close; NaN when the close is 0.</param>
public readonly record struct AtrPoint(double Tr, double Atr, double Atrp);

/// <summary>ATR columns, one value per bar.</summary>
/// <param name="Tr">True range.</param>
/// <param name="Atr">Average true range.</param>
/// <param name="Atrp">ATR in percent of the close.</param>
public sealed record AtrResult(double[] Tr, double[] Atr, double[] Atrp);
