using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Chop;

public class ChopSeriesTests
{
    // Definition (E. W. Dreiss, Choppiness Index; Stock.Indicators docs "CHOP"): from bar 1, true high =
    // max(H, C'), true low = min(L, C'), TR = true high − true low; on bar i ≥ n,
    // CHOP = 100·log10(ΣTR / (max true high − min true low)) / log10(n) over bars i−n+1..i.
    [Theory]
    [InlineData(14)]
    [InlineData(2)]
    [InlineData(60)]
    public void RealData_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        double[] expected = ColumnAssert.NaNs(s.Count);
        for (int i = n; i < s.Count; i++)
        {
            var bars = Enumerable.Range(i - n + 1, n).ToArray();
            double[] trueHigh = bars.Select(p => Math.Max(s.High[p], s.Close[p - 1])).ToArray();
            double[] trueLow = bars.Select(p => Math.Min(s.Low[p], s.Close[p - 1])).ToArray();
            double sum = trueHigh.Zip(trueLow, (h, l) => h - l).Sum();
            expected[i] = 100 * Math.Log10(sum / (trueHigh.Max() - trueLow.Min())) / Math.Log10(n);
        }
        ColumnAssert.Close(expected, Engine.Indicators.Chop.Series(s, n), 1e-11, 1e-11, $"Chop({n})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        double[] r = Engine.Indicators.Chop.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(488, r.Count(double.IsFinite));
        Assert.True(double.IsNaN(r[13]));
        foreach (var (i, value) in new[] { (14, 69.9967), (249, 41.8499), (501, 38.6526) }) PublishedSample.Near(value, r[i], 4, $"Chop[{i}]");
        Assert.All(r.Where(double.IsFinite), v => Assert.InRange(v, 0, 100));
    }
}
