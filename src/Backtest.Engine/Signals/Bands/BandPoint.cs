namespace Backtest.Engine.Signals.Bands;

/// <summary>The polynomial-regression band at one bar.</summary>
/// <param name="Lower">Fit − k·σ.</param>
/// <param name="Fit">The fitted value at the bar.</param>
/// <param name="Upper">Fit + k·σ.</param>
/// <param name="Sigma">Standard deviation of the window's residuals (population, divided by the bar count).</param>
/// <param name="RSquared">Share of the window's variance the fit explains (1 for a flat window).</param>
public readonly record struct BandPoint(double Lower, double Fit, double Upper, double Sigma, double RSquared)
{
    /// <summary>Every value NaN: the warm-up, or a window holding a non-finite value.</summary>
    public static BandPoint Undefined { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
}
