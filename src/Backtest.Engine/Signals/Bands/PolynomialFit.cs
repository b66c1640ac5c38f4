using System.Globalization;
using Backtest.Engine.Errors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The one-shot least-squares polynomial of values against bar number, with every fitted value: what a chart of
/// the band shows. It repaints: adding a bar refits the whole window and moves earlier fitted values, so use
/// <see cref="PolynomialBands"/> for anything a backtest trades on.
/// </summary>
/// <remarks>
/// x is the bar number scaled to [−1, 1] and the system is solved by Householder QR (MathNet), which keeps a
/// degree-10 fit accurate; the normal equations on raw bar numbers would square a condition number that is
/// already astronomically large. Residuals are computed explicitly here; the band kernel gets the same σ
/// from the projection (see <see cref="PolynomialBasis.Project"/>).
/// </remarks>
public static class PolynomialFit
{
    /// <summary>Fits <paramref name="values"/> (oldest first) with a polynomial of <paramref name="degree"/>.</summary>
    /// <exception cref="BacktestException"><see cref="ErrorKind.InvalidArgument"/>: degree outside 0–10, fewer than
    /// degree + 1 values, or a non-finite value (the message gives its index).</exception>
    public static PolynomialFitResult Fit(ReadOnlySpan<double> values, int degree)
    {
        if (degree is < 0 or > PolynomialBandsParameters.MaxDegree)
        {
            throw PolynomialBandsParameters.Range(nameof(degree), degree, $"0 to {PolynomialBandsParameters.MaxDegree}");
        }
        int n = values.Length;
        if (n < degree + 1)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"A degree-{degree} fit needs at least {degree + 1} values; got {n}."), nameof(values));
        }
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new BacktestException(ErrorKind.InvalidArgument,
                    string.Create(CultureInfo.InvariantCulture, $"Value {i} is {values[i]}; a polynomial fit needs finite values."), nameof(values));
            }
        }
        var y = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(values.ToArray());
        var coefficients = PolynomialBasis.Vandermonde(n, degree).QR(QRMethod.Thin).Solve(y).ToArray();
        var fitted = new double[n];
        double mean = 0;
        for (int j = 0; j < n; j++) mean += values[j];
        mean /= n;
        double rss = 0, tss = 0;
        for (int j = 0; j < n; j++)
        {
            fitted[j] = PolynomialFitResult.Horner(coefficients, PolynomialBasis.ScaledX(j, n));
            double r = values[j] - fitted[j], d = values[j] - mean;
            rss += r * r;
            tss += d * d;
        }
        return new PolynomialFitResult(coefficients, fitted, Math.Sqrt(rss / n), tss > 0 ? 1 - (rss / tss) : 1);
    }
}
