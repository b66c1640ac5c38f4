using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Bop;

public class BopSeriesTests
{
    // Definition (Igor Livshin, "Balance of Power", TASC August 2001; Stock.Indicators docs "BOP"):
    // raw = (C − O)/(H − L), undefined when H = L; BOP = SMA(raw, n). Each window summed afresh in decimal.
    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(50)]
    public void RealData_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        decimal?[] raw = Enumerable.Range(0, s.Count)
            .Select(i => s.High[i] == s.Low[i] ? (decimal?)null : ((decimal)s.Close[i] - (decimal)s.Open[i]) / ((decimal)s.High[i] - (decimal)s.Low[i]))
            .ToArray();
        double[] expected = ColumnAssert.NaNs(s.Count);
        for (int i = n - 1; i < s.Count; i++)
        {
            var window = raw[(i - n + 1)..(i + 1)];
            if (window.All(v => v.HasValue)) expected[i] = (double)(window.Sum()!.Value / n);
        }
        ColumnAssert.Close(expected, Engine.Indicators.Bop.Series(s, n), 1e-9, 1e-12, $"Bop({n})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        double[] r = Engine.Indicators.Bop.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(489, r.Count(double.IsFinite));
        Assert.True(double.IsNaN(r[12]));
        foreach (var (i, value) in new[] { (13, 0.081822), (149, -0.016203), (249, -0.058682), (501, -0.292788) })
        {
            PublishedSample.Near(value, r[i], 6, $"Bop[{i}]");
        }
    }

    [Fact]
    public void FlatBar_IsUndefinedForItsWindows()
    {
        double[] r = Engine.Indicators.Bop.Series([1, 2, 3, 4], [2, 3, 3, 5], [0, 1, 3, 3], [2, 1, 3, 5], 2);
        Assert.Equal([double.NaN, 0.0, double.NaN, double.NaN], r);
    }
}
