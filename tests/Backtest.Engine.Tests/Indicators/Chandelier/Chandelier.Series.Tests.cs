using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Chandelier;

public class ChandelierSeriesTests
{
    // Definition (Chuck LeBeau's Chandelier exit; Stock.Indicators docs "Chandelier Exit"): from bar n, long exit =
    // highest high of bars i−n+1..i − m·ATR(n) (Wilder); short exit = lowest low of those bars + m·ATR(n).
    [Theory]
    [InlineData(22, 3.0, 0)]
    [InlineData(22, 3.0, 1)]
    [InlineData(2, 1.0, 0)]
    [InlineData(60, 2.5, 1)]
    public void RealData_MatchesDefinition(int n, double m, int type)
    {
        var s = CatalogCases.Bitcoin;
        double[] atr = ReferenceAtr.Of(s, n), exit = ColumnAssert.NaNs(s.Count);
        for (int i = n; i < s.Count; i++)
        {
            exit[i] = type == 0
                ? s.High.Slice(i - n + 1, n).ToArray().Max() - (m * atr[i])
                : s.Low.Slice(i - n + 1, n).ToArray().Min() + (m * atr[i]);
        }
        ColumnAssert.Close(exit, Engine.Indicators.Chandelier.Series(s, n, m, type), 1e-12, what: "ChandelierExit");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var quotes = PublishedSample.DefaultQuotes;
        double[] longExit = Engine.Indicators.Chandelier.Series(quotes, 22), shortExit = Engine.Indicators.Chandelier.Series(quotes, 22, 3, 1);
        Assert.Equal(480, longExit.Count(double.IsFinite));
        PublishedSample.Near(256.5860, longExit[501], 4, "long[501]");
        PublishedSample.Near(259.0480, longExit[492], 4, "long[492]");
        PublishedSample.Near(246.4240, shortExit[501], 4, "short[501]");
    }
}
