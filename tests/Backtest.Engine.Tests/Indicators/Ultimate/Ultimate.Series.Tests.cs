using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Ultimate;

public class UltimateSeriesTests
{
    // Definition (Larry Williams, "The Ultimate Oscillator", Technical Analysis of Stocks & Commodities, 1985;
    // Stock.Indicators docs "Ultimate Oscillator"): BP = C − min(L, C'), TR = max(H, C') − min(L, C');
    // A_w = ΣBP/ΣTR over the last w bars; UO = 100·(4·A_short + 2·A_middle + A_long)/7. Decimal sums here.
    [Theory]
    [InlineData(7, 14, 28)]
    [InlineData(1, 2, 3)]
    [InlineData(5, 10, 40)]
    public void RealData_MatchesDefinition(int shortPeriods, int middlePeriods, int longPeriods)
    {
        var btc = CatalogCases.Bitcoin;
        var expected = ColumnAssert.NaNs(btc.Count);
        decimal Average(int end, int w)
        {
            decimal bp = 0, tr = 0;
            for (int j = end - w + 1; j <= end; j++)
            {
                decimal previousClose = (decimal)btc.Close[j - 1], low = Math.Min((decimal)btc.Low[j], previousClose);
                bp += (decimal)btc.Close[j] - low;
                tr += Math.Max((decimal)btc.High[j], previousClose) - low;
            }
            return bp / tr;
        }
        for (int i = longPeriods; i < btc.Count; i++)
        {
            expected[i] = (double)(100 * ((4 * Average(i, shortPeriods)) + (2 * Average(i, middlePeriods)) + Average(i, longPeriods)) / 7);
        }
        ColumnAssert.Close(expected, Engine.Indicators.Ultimate.Series(btc, shortPeriods, middlePeriods, longPeriods), 1e-12, what: "Ultimate");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/Ultimate/Ultimate.StaticSeries.Tests.cs, ToUltimate() = (7, 14, 28).
        double[] uo = Engine.Indicators.Ultimate.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(474, uo.Count(v => !double.IsNaN(v)));
        foreach (var (i, value) in new[] { (74, 51.7770), (249, 45.3121), (501, 49.5257) }) PublishedSample.Near(value, uo[i], 4, $"Ultimate[{i}]");
    }

    [Fact]
    public void WindowsNotIncreasing_AreRejected()
    {
        var ex = Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.Ultimate.Series(CatalogCases.Bitcoin, 7, 14, 14));
        Assert.Equal("longPeriods", ex.Target);
        Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.IndicatorCatalog.Compute("ultimate", CatalogCases.Bitcoin, [7, 6]));
    }
}
