namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Arnaud Legoux moving average.</summary>
public sealed record AlmaParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 9;

    /// <summary>Default position of the Gaussian peak (0 = oldest value, 1 = newest).</summary>
    public const double DefaultOffset = 0.85;

    /// <summary>Default sharpness: the Gaussian's σ is <c>lookbackPeriods / sigma</c>.</summary>
    public const double DefaultSigma = 6;

    /// <summary>Window length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Alma", "lookbackPeriods", "Window length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Where the weights peak across the window.</summary>
    public static IndicatorParameter OffsetParameter { get; } =
        IndicatorParameter.RealNumber("Alma", "offset", "Weight peak across the window (0 oldest, 1 newest)", DefaultOffset, 0, 1, 0.05);

    /// <summary>Divides the window length into the Gaussian's σ; larger is sharper.</summary>
    public static IndicatorParameter SigmaParameter { get; } =
        IndicatorParameter.RealNumber("Alma", "sigma", "Sharpness (Gaussian σ = lookbackPeriods/sigma)", DefaultSigma, 0.1, 50, 0.5);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public AlmaParameters(int lookbackPeriods = DefaultLookbackPeriods, double offset = DefaultOffset, double sigma = DefaultSigma)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        Offset = OffsetParameter.Check(offset);
        Sigma = SigmaParameter.Check(sigma);
    }

    /// <summary>Window length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Weight peak position.</summary>
    public double Offset { get; }

    /// <summary>Sharpness.</summary>
    public double Sigma { get; }
}
