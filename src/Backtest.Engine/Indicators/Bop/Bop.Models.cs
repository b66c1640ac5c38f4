namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the balance of power.</summary>
public sealed record BopParameters
{
    /// <summary>Default smoothing length.</summary>
    public const int DefaultSmoothPeriods = 14;

    /// <summary>SMA length smoothing the raw balance.</summary>
    public static IndicatorParameter SmoothPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Bop", "smoothPeriods", "SMA length of the raw balance", DefaultSmoothPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public BopParameters(int smoothPeriods = DefaultSmoothPeriods) =>
        SmoothPeriods = SmoothPeriodsParameter.CheckInteger(smoothPeriods);

    /// <summary>Smoothing length.</summary>
    public int SmoothPeriods { get; }
}
