namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Aroon.</summary>
public sealed record AroonParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 25;

    /// <summary>Bars looked back (the window holds this many plus the current one).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Aroon", "lookbackPeriods", "Bars looked back", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public AroonParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Bars looked back.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of Aroon.</summary>
/// <param name="AroonUp">100·(n − bars since the highest high)/n.</param>
/// <param name="AroonDown">100·(n − bars since the lowest low)/n.</param>
/// <param name="Oscillator">AroonUp − AroonDown.</param>
public readonly record struct AroonPoint(double AroonUp, double AroonDown, double Oscillator);

/// <summary>Aroon columns, one value per bar.</summary>
/// <param name="AroonUp">Aroon up.</param>
/// <param name="AroonDown">Aroon down.</param>
/// <param name="Oscillator">Up − down.</param>
public sealed record AroonResult(double[] AroonUp, double[] AroonDown, double[] Oscillator);
