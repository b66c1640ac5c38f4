using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Wma;

public class WmaSeriesTests
{
    // Definition (Stock.Indicators docs, "Weighted Moving Average"; also Investopedia "Linearly Weighted
    // Moving Average"): WMA = Σ_{j=1..n} j·x[i−n+j] / Σ_{j=1..n} j, the newest value weighing n.
    private static double[] Reference(ReadOnlySpan<double> x, int n)
    {
        var result = ColumnAssert.NaNs(x.Length);
        for (int i = n - 1; i < x.Length; i++)
        {
            double weighted = 0, weights = 0;
            for (int j = 1; j <= n; j++)
            {
                weighted += j * x[i - n + j];
                weights += j;
            }
            result[i] = weighted / weights;
        }
        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(100)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        ColumnAssert.Close(Reference(btc.Close, n), Engine.Indicators.Wma.Series(btc, n), 1e-12, what: $"Wma({n})");
    }

    [Fact]
    public void HandWorked_ThreeValues()
    {
        // (1·2 + 2·4 + 3·9) / 6 = 37/6
        double[] wma = Engine.Indicators.Wma.Series([2, 4, 9], 3);
        Assert.True(double.IsNaN(wma[1]));
        Assert.Equal(37d / 6, wma[2], 1e-14);
    }
}
