using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Vortex;

public class VortexSeriesTests
{
    // Definition (Botes and Siepman, "The Vortex Indicator", TASC January 2010; Stock.Indicators docs "Vortex"):
    // from bar 1, TR = max(H, C') − min(L, C'), VM+ = |H − L'|, VM− = |L − H'|; on bar i ≥ n, VI+ = ΣVM+/ΣTR and
    // VI− = ΣVM−/ΣTR over bars i−n+1..i. Each window summed afresh here.
    [Theory]
    [InlineData(14)]
    [InlineData(2)]
    [InlineData(50)]
    public void RealData_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        double[] pvi = ColumnAssert.NaNs(s.Count), nvi = ColumnAssert.NaNs(s.Count);
        for (int i = n; i < s.Count; i++)
        {
            double tr = 0, plus = 0, minus = 0;
            for (int p = i - n + 1; p <= i; p++)
            {
                tr += Math.Max(s.High[p], s.Close[p - 1]) - Math.Min(s.Low[p], s.Close[p - 1]);
                plus += Math.Abs(s.High[p] - s.Low[p - 1]);
                minus += Math.Abs(s.Low[p] - s.High[p - 1]);
            }
            pvi[i] = plus / tr;
            nvi[i] = minus / tr;
        }
        var actual = Engine.Indicators.Vortex.Series(s, n);
        ColumnAssert.Close(pvi, actual.Pvi, 1e-12, what: "Pvi");
        ColumnAssert.Close(nvi, actual.Nvi, 1e-12, what: "Nvi");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.Vortex.Series(PublishedSample.DefaultQuotes, 14);
        Assert.Equal(488, r.Pvi.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Pvi[13]) && double.IsNaN(r.Nvi[13]));
        foreach (var (i, pvi, nvi) in new[] { (14, 1.0460, 0.8119), (29, 1.1300, 0.7393), (249, 1.1558, 0.6634), (501, 0.8712, 1.1163) })
        {
            PublishedSample.Near(pvi, r.Pvi[i], 4, $"Pvi[{i}]");
            PublishedSample.Near(nvi, r.Nvi[i], 4, $"Nvi[{i}]");
        }
    }
}
