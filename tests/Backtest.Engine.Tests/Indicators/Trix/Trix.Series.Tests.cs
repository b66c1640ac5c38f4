using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Trix;

public class TrixSeriesTests
{
    // Definition (Jack Hutson, "Good TRIX", Technical Analysis of Stocks & Commodities, 1983; Stock.Indicators v3
    // docs "TRIX"): EMA3 = EMA(EMA(EMA(x))), all three starting at the SMA of the first n values (value n−1);
    // TRIX = 100·(EMA3 − EMA3')/EMA3', reported (with EMA3) from value n.
    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(30)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double seed = DemaSeriesTests.SmaOfFirst(x, n);
        double[] ema3 = DemaSeriesTests.Ema(DemaSeriesTests.Ema(DemaSeriesTests.Ema(x, n, n - 1, seed), n, n - 1, seed), n, n - 1, seed);
        double[] trix = ema3.Select((e, i) => i < n ? double.NaN : 100 * (e - ema3[i - 1]) / ema3[i - 1]).ToArray();
        ema3[n - 1] = double.NaN;

        var actual = Engine.Indicators.Trix.Series(x, n);
        ColumnAssert.Close(ema3, actual.Ema3, 1e-11, what: "Ema3");
        ColumnAssert.Close(trix, actual.Trix, 1e-7, 1e-10, "Trix");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/Trix/Trix.StaticSeries.Tests.cs, ToTrix(20).
        var r = Engine.Indicators.Trix.Series(PublishedSample.DefaultQuotes, 20);
        Assert.Equal(482, r.Ema3.Count(v => !double.IsNaN(v)));
        Assert.Equal(482, r.Trix.Count(v => !double.IsNaN(v)));
        foreach (var (i, ema3, trix) in new[] { (24, 214.5486, 0.005047), (67, 221.7837, 0.050030), (249, 249.4469, 0.121781), (501, 263.3216, -0.230742) })
        {
            PublishedSample.Near(ema3, r.Ema3[i], 4, $"Ema3[{i}]");
            PublishedSample.Near(trix, r.Trix[i], 6, $"Trix[{i}]");
        }
    }
}
