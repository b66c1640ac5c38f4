using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

/// <summary>
/// The band kernel (projection onto a QR basis, RSS by Pythagoras) against references computed independently:
/// the normal equations solved in 28-digit decimal arithmetic, and MathNet's QR solve with explicit residuals.
/// </summary>
public sealed class PolynomialBasisTests
{
    [Theory]
    [InlineData(2, 60)]
    [InlineData(3, 90)]
    [InlineData(4, 120)]
    public void RealBitcoinWindow_MatchesDecimalNormalEquations(int degree, int n)
    {
        var closes = BandTestData.Bitcoin.Close[^n..].ToArray();

        var point = PolynomialBasis.Create(n, degree).Project(closes, 2.0);

        var (fit, sigma, rSquared) = DecimalReference(closes, degree);
        Assert.True(Math.Abs(point.Fit - fit) <= 1e-9 * Math.Abs(fit), $"fit {point.Fit} vs {fit}");
        Assert.True(Math.Abs(point.Sigma - sigma) <= 1e-8 * sigma, $"sigma {point.Sigma} vs {sigma}");
        Assert.True(Math.Abs(point.RSquared - rSquared) <= 1e-10, $"R² {point.RSquared} vs {rSquared}");
        Assert.Equal(point.Fit - (2 * point.Sigma), point.Lower, 9);
        Assert.Equal(point.Fit + (2 * point.Sigma), point.Upper, 9);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(10)]
    public void HighDegree_OnRealData_MatchesTheExplicitResidualFit(int degree)
    {
        var closes = BandTestData.Bitcoin.Close[^720..].ToArray();

        var point = PolynomialBasis.Create(closes.Length, degree).Project(closes, 2.0);
        var fit = PolynomialFit.Fit(closes, degree);

        Assert.True(Math.Abs(point.Fit - fit.Fitted[^1]) <= 1e-9 * Math.Abs(point.Fit), $"{point.Fit} vs {fit.Fitted[^1]}");
        Assert.True(Math.Abs(point.Sigma - fit.Sigma) <= 1e-9 * fit.Sigma, $"{point.Sigma} vs {fit.Sigma}");
        Assert.Equal(fit.RSquared, point.RSquared, 10);
    }

    [Fact]
    public void FlatWindow_HasZeroSigmaAndFullRSquared()
    {
        var point = PolynomialBasis.Create(30, 4).Project(Enumerable.Repeat(42.5, 30).ToArray(), 2.0);

        Assert.Equal(42.5, point.Fit, 12);
        Assert.True(point.Sigma < 1e-12);
        Assert.Equal(1.0, point.RSquared);
    }

    // Normal equations (VᵀV)a = Vᵀy on x scaled to [-1, 1], by Gaussian elimination in decimal: a different
    // method and a different arithmetic from the kernel (QR projection in double).
    private static (double Fit, double Sigma, double RSquared) DecimalReference(double[] y, int degree)
    {
        int n = y.Length, m = degree + 1;
        var x = Enumerable.Range(0, n).Select(j => -1m + (2m * j / (n - 1))).ToArray();
        var yd = y.Select(v => (decimal)v).ToArray();
        var a = new decimal[m, m + 1];
        for (int r = 0; r < m; r++)
        {
            for (int c = 0; c < m; c++) a[r, c] = Enumerable.Range(0, n).Aggregate(0m, (s, j) => s + Pow(x[j], r + c));
            a[r, m] = Enumerable.Range(0, n).Aggregate(0m, (s, j) => s + (Pow(x[j], r) * yd[j]));
        }
        for (int p = 0; p < m; p++)
        {
            int pivot = Enumerable.Range(p, m - p).MaxBy(r => Math.Abs(a[r, p]));
            for (int c = 0; c <= m; c++) (a[p, c], a[pivot, c]) = (a[pivot, c], a[p, c]);
            for (int r = 0; r < m; r++)
            {
                if (r == p) continue;
                decimal f = a[r, p] / a[p, p];
                for (int c = p; c <= m; c++) a[r, c] -= f * a[p, c];
            }
        }
        var coef = Enumerable.Range(0, m).Select(r => a[r, m] / a[r, r]).ToArray();
        decimal Eval(decimal xv) => Enumerable.Range(0, m).Aggregate(0m, (s, k) => s + (coef[k] * Pow(xv, k)));
        decimal mean = yd.Sum() / n;
        decimal rss = 0, tss = 0;
        for (int j = 0; j < n; j++)
        {
            decimal r = yd[j] - Eval(x[j]), d = yd[j] - mean;
            rss += r * r;
            tss += d * d;
        }
        return ((double)Eval(x[^1]), Math.Sqrt((double)(rss / n)), (double)(1 - (rss / tss)));
    }

    private static decimal Pow(decimal x, int k)
    {
        decimal v = 1;
        for (int i = 0; i < k; i++) v *= x;
        return v;
    }
}
