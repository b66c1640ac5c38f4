using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Smma;

public class SmmaSeriesTests
{
    // Definition (Wilder 1978; Stock.Indicators docs "SMMA"): the first value is the SMA of the first n
    // values, then SMMA = (SMMA' · (n − 1) + x) / n. Computed here in the equivalent form
    // SMMA' + (x − SMMA')/n, so a formula slip on either side shows.
    private static double[] Reference(ReadOnlySpan<double> x, int n)
    {
        var result = ColumnAssert.NaNs(x.Length);
        if (x.Length < n) return result;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += x[i];
        result[n - 1] = sum / n;
        for (int i = n; i < x.Length; i++) result[i] = result[i - 1] + ((x[i] - result[i - 1]) / n);
        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(200)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        ColumnAssert.Close(Reference(btc.Close, n), Engine.Indicators.Smma.Series(btc, n), 1e-11, what: $"Smma({n})");
    }

    [Fact]
    public void NaNInput_ReseedsFromTheNextNValues()
    {
        double[] x = [1, 2, 3, double.NaN, 4, 5, 6, 7];
        double[] smma = Engine.Indicators.Smma.Series(x, 3);
        Assert.Equal(2, smma[2]);
        Assert.All(smma[3..6], v => Assert.True(double.IsNaN(v)));
        Assert.Equal(5, smma[6]);                     // mean of 4, 5, 6
        Assert.Equal(((5d * 2) + 7) / 3, smma[7], 1e-14);
    }
}
