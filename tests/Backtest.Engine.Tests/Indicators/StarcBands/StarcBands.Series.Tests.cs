using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.StarcBands;

public class StarcBandsSeriesTests
{
    // Definition (Manning Stoller's STARC bands; Stock.Indicators docs "STARC Bands"): centre = SMA(C, smaPeriods);
    // bands = centre ± m·ATR(atrPeriods) (Wilder).
    [Theory]
    [InlineData(5, 2.0, 10)]
    [InlineData(20, 2.0, 14)]
    [InlineData(2, 0.5, 40)]
    public void RealData_MatchesDefinition(int smaPeriods, double m, int atrPeriods)
    {
        var s = CatalogCases.Bitcoin;
        double[] atr = ReferenceAtr.Of(s, atrPeriods), center = ColumnAssert.NaNs(s.Count);
        for (int i = smaPeriods - 1; i < s.Count; i++) center[i] = (double)(Enumerable.Range(i - smaPeriods + 1, smaPeriods).Sum(p => (decimal)s.Close[p]) / smaPeriods);
        var actual = Engine.Indicators.StarcBands.Series(s, smaPeriods, m, atrPeriods);
        ColumnAssert.Close(center, actual.Centerline, 1e-12, what: "Centerline");
        ColumnAssert.Close(center.Select((c, i) => c + (m * atr[i])).ToArray(), actual.UpperBand, 1e-12, what: "UpperBand");
        ColumnAssert.Close(center.Select((c, i) => c - (m * atr[i])).ToArray(), actual.LowerBand, 1e-12, what: "LowerBand");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.StarcBands.Series(PublishedSample.DefaultQuotes, 20, 2, 14);
        Assert.Equal(483, r.UpperBand.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Centerline[18]) && double.IsNaN(r.UpperBand[18]));
        foreach (var (i, center, upper, lower) in new[]
        {
            (19, 214.5250, 217.2345, 211.8155), (249, 255.5500, 258.2261, 252.8739),
            (485, 265.4855, 275.1161, 255.8549), (501, 251.8600, 264.1595, 239.5605),
        })
        {
            PublishedSample.Near(center, r.Centerline[i], 4, $"Centerline[{i}]");
            PublishedSample.Near(upper, r.UpperBand[i], 4, $"UpperBand[{i}]");
            PublishedSample.Near(lower, r.LowerBand[i], 4, $"LowerBand[{i}]");
        }
    }
}
