using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Slope;

public class SlopeSeriesTests
{
    // Definition (ordinary least squares; Stock.Indicators docs "Slope and Linear Regression"): over the last n
    // values y at x = 1-based bar positions, by the normal equations
    // slope = (nΣxy − ΣxΣy)/(nΣx² − (Σx)²), intercept = (Σy − slope·Σx)/n,
    // R² = (nΣxy − ΣxΣy)²/((nΣx² − (Σx)²)(nΣy² − (Σy)²)), stdDev = √(Σy²/n − ȳ²) (population, of y), and the line
    // at bar i is slope·(i+1) + intercept. Raw-sum form in decimal (exact for these inputs), unlike the engine's
    // deviation form in double.
    internal static (double Slope, double Intercept, double StdDev, double RSquared) Fit(double[] y, int end, int n)
    {
        decimal sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (int p = end - n + 1; p <= end; p++)
        {
            decimal xv = p + 1, yv = (decimal)y[p];
            sx += xv;
            sy += yv;
            sxx += xv * xv;
            sxy += xv * yv;
            syy += yv * yv;
        }
        decimal covariance = (n * sxy) - (sx * sy), varianceX = (n * sxx) - (sx * sx), varianceY = (n * syy) - (sy * sy);
        decimal slope = covariance / varianceX;
        decimal intercept = (sy - (slope * sx)) / n;
        double rSquared = varianceY == 0 ? double.NaN : (double)(covariance / varianceX * covariance / varianceY);
        return ((double)slope, (double)intercept, Math.Sqrt((double)(varianceY / n / n)), rSquared);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(2)]
    [InlineData(100)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] y = CatalogCases.Bitcoin.Close.ToArray();
        double[] slope = ColumnAssert.NaNs(y.Length), intercept = ColumnAssert.NaNs(y.Length), stdDev = ColumnAssert.NaNs(y.Length),
            rSquared = ColumnAssert.NaNs(y.Length), line = ColumnAssert.NaNs(y.Length);
        for (int i = n - 1; i < y.Length; i++)
        {
            (slope[i], intercept[i], stdDev[i], rSquared[i]) = Fit(y, i, n);
            line[i] = (slope[i] * (i + 1)) + intercept[i];
        }
        var actual = Engine.Indicators.Slope.Series(y, n);
        ColumnAssert.Close(slope, actual.Slope, 1e-9, 1e-9, "Slope");
        ColumnAssert.Close(intercept, actual.Intercept, 1e-9, 1e-6, "Intercept");
        ColumnAssert.Close(stdDev, actual.StdDev, 1e-9, 1e-9, "StdDev");
        ColumnAssert.Close(rSquared, actual.RSquared, 1e-9, 1e-9, "RSquared");
        ColumnAssert.Close(line, actual.Line, 1e-10, what: "Line");
    }

    [Fact]
    public void StraightLine_IsRecoveredExactly()
    {
        double[] y = Enumerable.Range(0, 30).Select(i => 5 + (0.5 * (i + 1))).ToArray();
        var r = Engine.Indicators.Slope.Series(y, 10);
        Assert.Equal(0.5, r.Slope[29], 12);
        Assert.Equal(5, r.Intercept[29], 10);
        Assert.Equal(1, r.RSquared[29], 12);
        Assert.Equal(y[29], r.Line[29], 10);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/Slope/Slope.StaticSeries.Tests.cs, ToSlope(20): slope to 6 decimals, the
        // rest to 3; its Line is the last segment, which Slope.LastSegment reproduces.
        double[] close = PublishedSample.DefaultQuotes.Close.ToArray();
        var r = Engine.Indicators.Slope.Series(close, 20);
        double[] segment = Engine.Indicators.Slope.LastSegment(close, 20);
        Assert.Equal(483, r.Slope.Count(v => !double.IsNaN(v)));
        Assert.Equal(20, segment.Count(v => !double.IsNaN(v)));
        foreach (var (i, slope, intercept, rSquared, stdDev) in new[]
        {
            (249, 0.312406, 180.4164, 0.8056, 2.0071), (482, -0.337015, 425.1111, 0.1730, 4.6719), (501, -1.689143, 1083.7629, 0.7955, 10.9202),
        })
        {
            PublishedSample.Near(slope, r.Slope[i], 6, $"Slope[{i}]");
            PublishedSample.Near(intercept, r.Intercept[i], 3, $"Intercept[{i}]");
            PublishedSample.Near(rSquared, r.RSquared[i], 3, $"RSquared[{i}]");
            PublishedSample.Near(stdDev, r.StdDev[i], 3, $"StdDev[{i}]");
        }
        Assert.True(double.IsNaN(segment[249]));
        PublishedSample.Near(267.9069, segment[482], 3, "LastSegment[482]");
        PublishedSample.Near(235.8131, segment[501], 3, "LastSegment[501]");
        Assert.Equal(segment[501], r.Line[501], 9);
    }
}
