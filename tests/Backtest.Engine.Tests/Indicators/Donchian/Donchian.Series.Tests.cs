using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Donchian;

public class DonchianSeriesTests
{
    // Definition (Richard Donchian; Stock.Indicators docs "Donchian Channels"): upper = highest high and
    // lower = lowest low of the n bars before the current one; centre = (upper + lower)/2;
    // width = (upper − lower)/centre.
    [Theory]
    [InlineData(20)]
    [InlineData(1)]
    [InlineData(55)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        double[] upper = ColumnAssert.NaNs(btc.Count), lower = ColumnAssert.NaNs(btc.Count), center = ColumnAssert.NaNs(btc.Count), width = ColumnAssert.NaNs(btc.Count);
        for (int i = n; i < btc.Count; i++)
        {
            upper[i] = btc.High.Slice(i - n, n).ToArray().Max();
            lower[i] = btc.Low.Slice(i - n, n).ToArray().Min();
            center[i] = (upper[i] + lower[i]) / 2;
            width[i] = (upper[i] - lower[i]) / center[i];
        }
        var actual = Engine.Indicators.Donchian.Series(btc, n);
        ColumnAssert.Close(upper, actual.UpperBand, 0, what: "UpperBand");
        ColumnAssert.Close(lower, actual.LowerBand, 0, what: "LowerBand");
        ColumnAssert.Close(center, actual.Centerline, 1e-15, what: "Centerline");
        ColumnAssert.Close(width, actual.Width, 1e-14, what: "Width");
    }

    [Fact]
    public void CurrentBar_IsOutsideItsOwnChannel()
    {
        var r = Engine.Indicators.Donchian.Series([1, 2, 10], [0, 1, 9], 2);
        Assert.Equal(2, r.UpperBand[2]);
        Assert.Equal(0, r.LowerBand[2]);
    }
}
