using Backtest.Engine.Errors;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class PolynomialFitTests
{
    // A polynomial of every degree 2..10 with coefficients of mixed sign and size, on x in [-1, 1], at price scale.
    private static double[] Coefficients(int degree) =>
        [.. Enumerable.Range(0, degree + 1).Select(k => k == 0 ? 30_000.0 : (k % 2 == 0 ? -1 : 1) * 1_500.0 / k + (37.0 * k))];

    // The reference values come from the definition, power by power, not from the code under test.
    private static double[] Sample(double[] a, int n) =>
        [.. Enumerable.Range(0, n).Select(j =>
        {
            double x = -1 + (2.0 * j / (n - 1));
            return a.Select((c, k) => c * Math.Pow(x, k)).Sum();
        })];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void KnownPolynomial_IsRecovered_CoefficientsAndFittedValues(int degree)
    {
        var a = Coefficients(degree);
        var y = Sample(a, 720);

        var fit = PolynomialFit.Fit(y, degree);

        Assert.Equal(degree + 1, fit.Coefficients.Count);
        for (int k = 0; k <= degree; k++) Assert.True(Math.Abs(fit.Coefficients[k] - a[k]) < 1e-7, $"a{k}: {fit.Coefficients[k]} vs {a[k]}");
        for (int j = 0; j < y.Length; j++) Assert.True(Math.Abs(fit.Fitted[j] - y[j]) < 1e-8, $"bar {j}: {fit.Fitted[j]} vs {y[j]}");
        Assert.True(fit.Sigma < 1e-8, $"sigma {fit.Sigma}");
        Assert.True(fit.RSquared > 1 - 1e-15);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    public void KnownPolynomial_IsRecoveredByTheBandKernel_AtTheLastBar(int degree)
    {
        var a = Coefficients(degree);
        var y = Sample(a, 720);

        var point = PolynomialBasis.Create(y.Length, degree).Project(y, 2.0);

        Assert.True(Math.Abs(point.Fit - y[^1]) < 1e-8, $"{point.Fit} vs {y[^1]}");
        Assert.True(point.Sigma < 1e-4, $"sigma {point.Sigma}");
    }

    [Fact]
    public void PolynomialInBarNumber_IsEvaluatedOutsideTheWindow()
    {
        double P(double t) => 5 + (0.3 * t) - (0.002 * t * t) + (1e-5 * t * t * t);
        var y = Enumerable.Range(0, 100).Select(t => P(t)).ToArray();

        var fit = PolynomialFit.Fit(y, 3);

        Assert.Equal(P(150), fit.Evaluate(150), 9);
        Assert.Equal(P(-10), fit.Evaluate(-10), 9);
    }

    [Fact]
    public void NoisyData_GivesResidualSigmaAndRSquaredByDefinition()
    {
        var y = BandTestData.Wavy(200);

        var fit = PolynomialFit.Fit(y, 4);

        double mean = y.Average();
        double rss = y.Select((v, j) => (v - fit.Fitted[j]) * (v - fit.Fitted[j])).Sum();
        double tss = y.Sum(v => (v - mean) * (v - mean));
        Assert.Equal(Math.Sqrt(rss / y.Length), fit.Sigma, 12);
        Assert.Equal(1 - (rss / tss), fit.RSquared, 12);
        Assert.InRange(fit.RSquared, 0.1, 1.0);
    }

    [Fact]
    public void TooFewValues_ThrowsInvalidArgument()
    {
        var ex = Assert.Throws<BacktestException>(() => PolynomialFit.Fit([1.0, 2, 3, 4], 4));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("at least 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonFiniteValue_ThrowsNamingItsIndex()
    {
        var y = BandTestData.Wavy(50);
        y[17] = double.NaN;

        var ex = Assert.Throws<BacktestException>(() => PolynomialFit.Fit(y, 3));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("Value 17", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DegreeAboveTen_ThrowsNamingTheRange()
    {
        var ex = Assert.Throws<BacktestException>(() => PolynomialFit.Fit(BandTestData.Wavy(50), 11));
        Assert.Contains("0 to 10", ex.Message, StringComparison.Ordinal);
    }
}
