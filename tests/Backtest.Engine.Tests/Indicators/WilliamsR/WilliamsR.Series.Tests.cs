using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.WilliamsR;

public class WilliamsRSeriesTests
{
    // Definition (Larry Williams; Stock.Indicators docs "Williams %R"): %R = −100·(HH − C)/(HH − LL) over the
    // last n bars; a flat window (HH = LL) gives −100, as Stock.Indicators' fast-stochastic form does.
    [Theory]
    [InlineData(14)]
    [InlineData(3)]
    [InlineData(50)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = n - 1; i < btc.Count; i++)
        {
            double hh = btc.High.Slice(i - n + 1, n).ToArray().Max(), ll = btc.Low.Slice(i - n + 1, n).ToArray().Min();
            expected[i] = hh == ll ? -100 : -100 * (hh - btc.Close[i]) / (hh - ll);
        }
        ColumnAssert.Close(expected, Engine.Indicators.WilliamsR.Series(btc, n), 1e-12, 1e-11, $"WilliamsR({n})");
    }
}
