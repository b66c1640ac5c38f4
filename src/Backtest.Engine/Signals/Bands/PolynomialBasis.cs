using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using Vector = System.Numerics.Vector;
using VectorD = System.Numerics.Vector<double>;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// An orthonormal basis of the polynomials of degree ≤ d sampled at n equally spaced bars, built once per
/// (n, d) by a Householder QR of the Vandermonde matrix on x scaled to [−1, 1] (bar j ↦ −1 + 2j/(n−1)).
/// Scaling keeps the Vandermonde columns of similar size, so the QR stays accurate even at degree 10 where
/// raw bar numbers (up to n^10) would lose every digit. Projecting a window onto the basis is then a handful of
/// dot products: <see cref="Project"/> is the one kernel behind the one-shot signal and the rolling bands.
/// </summary>
internal sealed class PolynomialBasis
{
    private const int SharedLimit = 256;
    private static readonly ConcurrentDictionary<(int Length, int Degree), PolynomialBasis> SharedBases = new();

    // Column-major n×(d+1): column k is q[k*n .. k*n+n). Column 0 is the constant 1/√n.
    private readonly double[] _q;
    private readonly double[] _columnSums;

    private PolynomialBasis(int length, int degree, double[] q)
    {
        Length = length;
        Degree = degree;
        _q = q;
        _columnSums = new double[degree + 1];
        for (int k = 0; k <= degree; k++) _columnSums[k] = Sum(Column(k));
    }

    /// <summary>Bars per window.</summary>
    public int Length { get; }

    /// <summary>Polynomial degree.</summary>
    public int Degree { get; }

    /// <summary>Builds the basis for windows of <paramref name="length"/> bars (at least degree + 1).</summary>
    public static PolynomialBasis Create(int length, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, degree + 1);
        var qr = Vandermonde(length, degree).QR(QRMethod.Thin);
        return new PolynomialBasis(length, degree, qr.Q.ToColumnMajorArray());
    }

    /// <summary>
    /// The basis for (<paramref name="length"/>, <paramref name="degree"/>) from a small process-wide cache: a scan
    /// fits many symbols with the same window, and the QR costs far more than the projection. Read-only, so shared
    /// freely across threads; the cache is emptied when it holds more than 256 shapes.
    /// </summary>
    public static PolynomialBasis Shared(int length, int degree)
    {
        if (SharedBases.TryGetValue((length, degree), out var basis)) return basis;
        if (SharedBases.Count >= SharedLimit) SharedBases.Clear();
        return SharedBases.GetOrAdd((length, degree), key => Create(key.Length, key.Degree));
    }

    /// <summary>The Vandermonde matrix on scaled x: entry (j, k) = x_j^k.</summary>
    public static Matrix<double> Vandermonde(int length, int degree) =>
        Matrix<double>.Build.Dense(length, degree + 1, (j, k) => Math.Pow(ScaledX(j, length), k));

    /// <summary>Bar <paramref name="index"/> of a window of <paramref name="length"/> bars, on [−1, 1].</summary>
    public static double ScaledX(double index, int length) => length == 1 ? 0 : -1 + (2 * index / (length - 1));

    /// <summary>
    /// Least-squares projection of <paramref name="window"/> (exactly <see cref="Length"/> values, oldest first):
    /// the fitted value at the last bar, σ of the residuals (population: divided by n) and R².
    /// </summary>
    /// <remarks>
    /// With mean m, TSS = Σ(y−m)² and c_k = Q_kᵀ(y−m) for k ≥ 1, the fit at bar j is m + Σ Q[j,k]·c_k and
    /// RSS = TSS − Σ c_k² (Pythagoras: the residual is orthogonal to the basis), so nothing per bar is stored.
    /// Cost: (d + 2) passes of n multiply-adds, no allocation. A non-finite value in the window gives NaN.
    /// RSS loses relative accuracy only as 1e-16 / (1 − R²), far below anything a band would show.
    /// </remarks>
    public BandPoint Project(ReadOnlySpan<double> window, double kStd)
    {
        int n = Length;
        if (window.Length != n) throw new ArgumentException($"The window holds {window.Length} values; the basis needs {n}.", nameof(window));
        double mean = Sum(window) / n;
        double tss = SquaredDeviations(window, mean);
        double explained = 0, fit = mean;
        for (int k = 1; k <= Degree; k++)
        {
            var column = Column(k);
            double c = Dot(column, window) - (mean * _columnSums[k]);
            explained += c * c;
            fit += column[n - 1] * c;
        }
        double rss = Math.Max(tss - explained, 0);
        double sigma = Math.Sqrt(rss / n);
        double rSquared = tss > 0 ? Math.Min(explained / tss, 1) : double.IsFinite(tss) ? 1 : double.NaN;
        return new BandPoint(fit - (kStd * sigma), fit, fit + (kStd * sigma), sigma, rSquared);
    }

    private ReadOnlySpan<double> Column(int k) => _q.AsSpan(k * Length, Length);

    private static double Sum(ReadOnlySpan<double> values)
    {
        var acc = VectorD.Zero;
        var vectors = MemoryMarshal.Cast<double, VectorD>(values);
        foreach (var v in vectors) acc += v;
        double sum = Vector.Sum(acc);
        for (int i = vectors.Length * VectorD.Count; i < values.Length; i++) sum += values[i];
        return sum;
    }

    private static double SquaredDeviations(ReadOnlySpan<double> values, double mean)
    {
        var acc = VectorD.Zero;
        var m = new VectorD(mean);
        var vectors = MemoryMarshal.Cast<double, VectorD>(values);
        foreach (var v in vectors)
        {
            var d = v - m;
            acc += d * d;
        }
        double sum = Vector.Sum(acc);
        for (int i = vectors.Length * VectorD.Count; i < values.Length; i++)
        {
            double d = values[i] - mean;
            sum += d * d;
        }
        return sum;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var acc = VectorD.Zero;
        var va = MemoryMarshal.Cast<double, VectorD>(a);
        var vb = MemoryMarshal.Cast<double, VectorD>(b);
        for (int i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        double sum = Vector.Sum(acc);
        for (int i = va.Length * VectorD.Count; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
