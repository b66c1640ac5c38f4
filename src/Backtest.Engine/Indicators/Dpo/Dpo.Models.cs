namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the detrended price oscillator.</summary>
public sealed record DpoParameters
{
    /// <summary>Default SMA length.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>SMA length n; the close compared is n/2 + 1 bars old.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Dpo", "lookbackPeriods", "SMA length (close compared is n/2+1 bars old)", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public DpoParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>SMA length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>The displacement <c>n/2 + 1</c> (integer division) between the close and the SMA it is compared with.</summary>
    public int Offset => (LookbackPeriods / 2) + 1;
}

/// <summary>One bar of the detrended price oscillator.</summary>
/// <param name="Dpo">close[i − offset] − SMA[i].</param>
/// <param name="Sma">SMA[i], the moving average compared.</param>
public readonly record struct DpoPoint(double Dpo, double Sma);

/// <summary>Detrended price oscillator columns, one value per bar.</summary>
/// <param name="Dpo">close[i − offset] − SMA[i].</param>
/// <param name="Sma">SMA[i].</param>
public sealed record DpoResult(double[] Dpo, double[] Sma);
