using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.StdDev;

public class StdDevSeriesTests
{
    // Definition (Stock.Indicators docs "Standard Deviation (volatility)"): population standard deviation of
    // the last n values, σ = √(Σ(x − μ)²/n), with μ their mean and z = (x − μ)/σ. Computed here with decimal
    // sums, so the reference shares no floating-point path with the engine.
    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(90)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] sd = ColumnAssert.NaNs(x.Length), mean = ColumnAssert.NaNs(x.Length), z = ColumnAssert.NaNs(x.Length);
        for (int i = n - 1; i < x.Length; i++)
        {
            decimal[] window = x.Skip(i - n + 1).Take(n).Select(v => (decimal)v).ToArray();
            decimal mu = window.Sum() / n;
            decimal variance = window.Sum(v => (v - mu) * (v - mu)) / n;
            mean[i] = (double)mu;
            sd[i] = Math.Sqrt((double)variance);
            z[i] = (x[i] - (double)mu) / sd[i];
        }
        var actual = Engine.Indicators.StdDev.Series(x, n);
        ColumnAssert.Close(sd, actual.StdDev, 1e-9, what: "StdDev");
        ColumnAssert.Close(mean, actual.Mean, 1e-13, what: "Mean");
        ColumnAssert.Close(z, actual.ZScore, 1e-8, 1e-9, "ZScore");
    }

    [Fact]
    public void FlatWindow_HasZeroDeviationAndNoZScore()
    {
        var r = Engine.Indicators.StdDev.Series([3, 3, 3], 3);
        Assert.Equal(0, r.StdDev[2]);
        Assert.True(double.IsNaN(r.ZScore[2]));
    }
}
