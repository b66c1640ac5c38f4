using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.ForceIndex;

public class ForceIndexSeriesTests
{
    // Definition (Alexander Elder, "Trading for a Living", 1993; Stock.Indicators docs "Force Index"): raw force
    // F = V·(C − C') from bar 1; force index = EMA(n) of F with k = 2/(n+1), its first value on bar n being the mean
    // of F over bars 1..n.
    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(13)]
    public void RealData_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        double[] raw = new double[s.Count];
        raw[0] = double.NaN;
        for (int i = 1; i < s.Count; i++) raw[i] = s.Volume[i] * (s.Close[i] - s.Close[i - 1]);
        double seed = raw.Skip(1).Take(n).Average();
        double[] expected = DemaSeriesTests.Ema(raw, n, n, seed);
        ColumnAssert.Close(expected, Engine.Indicators.ForceIndex.Series(s, n), 1e-9, what: $"ForceIndex({n})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        double[] r = Engine.Indicators.ForceIndex.Series(PublishedSample.DefaultQuotes, 13);
        Assert.Equal(489, r.Count(double.IsFinite));
        Assert.True(double.IsNaN(r[12]));
        foreach (var (i, value) in new[] { (13, 10668240.778), (24, 15883211.364), (149, 7598218.196), (249, 23612118.994), (501, -16824018.428) })
        {
            PublishedSample.Near(value, r[i], 3, $"ForceIndex[{i}]");
        }
    }
}
