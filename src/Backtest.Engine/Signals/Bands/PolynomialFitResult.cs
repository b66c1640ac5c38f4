namespace Backtest.Engine.Signals.Bands;

/// <summary>A one-shot polynomial fit over a window of bars.</summary>
/// <param name="Coefficients">
/// Ascending powers of the scaled x: the fit at bar j of n is Σ a_k·x^k with x = −1 + 2j/(n−1).
/// </param>
/// <param name="Fitted">The fitted value at every bar of the window.</param>
/// <param name="Sigma">Standard deviation of the residuals (population, divided by n).</param>
/// <param name="RSquared">1 − RSS/TSS (1 for a flat window).</param>
public sealed record PolynomialFitResult(IReadOnlyList<double> Coefficients, IReadOnlyList<double> Fitted, double Sigma, double RSquared)
{
    /// <summary>The polynomial at bar <paramref name="barIndex"/> (0 = the window's first bar; may lie outside it).</summary>
    public double Evaluate(double barIndex) => Horner(Coefficients, PolynomialBasis.ScaledX(barIndex, Fitted.Count));

    internal static double Horner(IReadOnlyList<double> coefficients, double x)
    {
        double value = 0;
        for (int k = coefficients.Count - 1; k >= 0; k--) value = (value * x) + coefficients[k];
        return value;
    }
}
