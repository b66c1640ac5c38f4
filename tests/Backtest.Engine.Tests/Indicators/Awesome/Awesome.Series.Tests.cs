using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Awesome;

public class AwesomeSeriesTests
{
    // Definition (Bill Williams, "Trading Chaos"; Stock.Indicators docs "Awesome Oscillator"): median price
    // P = (H + L)/2; AO = SMA(P, fast) − SMA(P, slow) from bar slow − 1; normalized = 100·AO/P. Sums in decimal.
    [Theory]
    [InlineData(5, 34)]
    [InlineData(1, 2)]
    [InlineData(10, 100)]
    public void RealData_MatchesDefinition(int fast, int slow)
    {
        var s = CatalogCases.Bitcoin;
        decimal[] median = Enumerable.Range(0, s.Count).Select(i => ((decimal)s.High[i] + (decimal)s.Low[i]) / 2).ToArray();
        double[] oscillator = ColumnAssert.NaNs(s.Count), normalized = ColumnAssert.NaNs(s.Count);
        for (int i = slow - 1; i < s.Count; i++)
        {
            decimal ao = (median[(i - fast + 1)..(i + 1)].Sum() / fast) - (median[(i - slow + 1)..(i + 1)].Sum() / slow);
            oscillator[i] = (double)ao;
            normalized[i] = (double)(100 * ao / median[i]);
        }
        var actual = Engine.Indicators.Awesome.Series(s, fast, slow);
        // Absolute slack: the oscillator is a difference of two ~1e4 averages computed with running sums.
        ColumnAssert.Close(oscillator, actual.Oscillator, 1e-9, 1e-8, "Oscillator");
        ColumnAssert.Close(normalized, actual.Normalized, 1e-9, 1e-10, "Normalized");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.Awesome.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(469, r.Oscillator.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Oscillator[32]) && double.IsNaN(r.Normalized[32]));
        foreach (var (i, oscillator, normalized) in new[] { (33, 5.4756, 2.4548), (249, 5.0618, 1.9634), (501, -17.7692, -7.2763) })
        {
            PublishedSample.Near(oscillator, r.Oscillator[i], 4, $"Oscillator[{i}]");
            PublishedSample.Near(normalized, r.Normalized[i], 4, $"Normalized[{i}]");
        }
    }

    [Fact]
    public void SlowNotAboveFast_Throws()
    {
        var ex = Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.IndicatorCatalog.Compute("awesome", CatalogCases.Bitcoin, [25, 25]));
        Assert.Equal("slowPeriods", ex.Target);
    }
}
