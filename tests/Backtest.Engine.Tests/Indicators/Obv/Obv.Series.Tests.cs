using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Obv;

public class ObvSeriesTests
{
    // Definition (Joe Granville, 1963; Stock.Indicators docs "On-Balance Volume"): OBV starts at 0 and adds
    // the bar's volume when the close rises, subtracts it when the close falls, keeps it otherwise.
    [Fact]
    public void RealData_MatchesDefinition()
    {
        var btc = CatalogCases.Bitcoin;
        var expected = new double[btc.Count];
        decimal obv = 0;
        for (int i = 1; i < btc.Count; i++)
        {
            obv += Math.Sign(btc.Close[i] - btc.Close[i - 1]) * (decimal)btc.Volume[i];
            expected[i] = (double)obv;
        }
        ColumnAssert.Close(expected, Engine.Indicators.Obv.Series(btc), 1e-9, 1e-6, "Obv");
    }

    [Fact]
    public void NaNClose_StartsOverAtZero()
    {
        double[] obv = Engine.Indicators.Obv.Series([1, 2, double.NaN, 3, 4], [10, 20, 30, 40, 50]);
        Assert.Equal([0, 20, 20, 0, 50], obv);
    }
}
