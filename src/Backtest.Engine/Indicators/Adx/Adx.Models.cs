namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the average directional index.</summary>
public sealed record AdxParameters
{
    /// <summary>Default length.</summary>
    public const int DefaultLookbackPeriods = 14;

    /// <summary>Wilder smoothing length of TR, +DM, −DM and DX.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Adx", "lookbackPeriods", "Wilder smoothing length n", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public AdxParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Smoothing length n.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of the directional movement system.</summary>
/// <param name="Pdi">+DI, 0..100.</param>
/// <param name="Mdi">−DI, 0..100.</param>
/// <param name="Dx">DX = 100·|+DI − −DI|/(+DI + −DI).</param>
/// <param name="Adx">Wilder average of DX.</param>
/// <param name="Adxr">(ADX + ADX n−1 bars earlier)/2.</param>
public readonly record struct AdxPoint(double Pdi, double Mdi, double Dx, double Adx, double Adxr);

/// <summary>Directional movement columns, one value per bar.</summary>
/// <param name="Pdi">+DI.</param>
/// <param name="Mdi">−DI.</param>
/// <param name="Dx">DX.</param>
/// <param name="Adx">ADX.</param>
/// <param name="Adxr">ADXR.</param>
public sealed record AdxResult(double[] Pdi, double[] Mdi, double[] Dx, double[] Adx, double[] Adxr);
