using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Roc;

public class RocSeriesTests
{
    // Definition (Stock.Indicators docs "Rate of Change"): momentum = x[i] − x[i−n]; ROC = 100·momentum/x[i−n].
    [Theory]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(365)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] momentum = ColumnAssert.NaNs(x.Length), roc = ColumnAssert.NaNs(x.Length);
        for (int i = n; i < x.Length; i++)
        {
            momentum[i] = x[i] - x[i - n];
            roc[i] = (x[i] / x[i - n] - 1) * 100;
        }
        var actual = Engine.Indicators.Roc.Series(x, n);
        ColumnAssert.Close(momentum, actual.Momentum, 0, 0, "Momentum");
        ColumnAssert.Close(roc, actual.Roc, 1e-12, 1e-12, "Roc");
    }

    [Fact]
    public void ZeroBase_RocIsUndefinedButMomentumIsNot()
    {
        var r = Engine.Indicators.Roc.Series([0, 5], 1);
        Assert.Equal(5, r.Momentum[1]);
        Assert.True(double.IsNaN(r.Roc[1]));
    }
}
