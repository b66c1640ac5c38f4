using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Kama;

public class KamaSeriesTests
{
    // Definition (Perry Kaufman, "Smarter Trading", 1995; Stock.Indicators docs "KAMA"): over n changes,
    // ER = |x_i − x_{i−n}| / Σ|x_j − x_{j−1}|; sc = (ER·(2/(fast+1) − 2/(slow+1)) + 2/(slow+1))²;
    // KAMA_i = KAMA_{i−1} + sc·(x_i − KAMA_{i−1}), starting from KAMA_{n−1} = x_{n−1}. Computed here in decimal,
    // every window's volatility summed afresh.
    [Theory]
    [InlineData(10, 2, 30)]
    [InlineData(5, 3, 20)]
    [InlineData(2, 1, 2)]
    public void RealData_MatchesDefinition(int n, int fast, int slow)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] er = ColumnAssert.NaNs(x.Length), kama = ColumnAssert.NaNs(x.Length);
        decimal fastSc = 2m / (fast + 1), slowSc = 2m / (slow + 1);
        decimal previous = (decimal)x[n - 1];
        kama[n - 1] = x[n - 1];
        for (int i = n; i < x.Length; i++)
        {
            decimal volatility = 0;
            for (int j = i - n + 1; j <= i; j++) volatility += Math.Abs((decimal)x[j] - (decimal)x[j - 1]);
            decimal ratio = Math.Abs((decimal)x[i] - (decimal)x[i - n]) / volatility;
            decimal sc = (ratio * (fastSc - slowSc)) + slowSc;
            previous += sc * sc * ((decimal)x[i] - previous);
            er[i] = (double)ratio;
            kama[i] = (double)previous;
        }
        var actual = Engine.Indicators.Kama.Series(x, n, fast, slow);
        // ER divides a difference of nearby prices: its error is absolute (ulps of the price over the volatility).
        ColumnAssert.Close(er, actual.Er, 1e-12, 1e-12, "Er");
        ColumnAssert.Close(kama, actual.Kama, 1e-12, what: "Kama");
    }

    [Fact]
    public void FlatWindow_HasZeroEfficiencyAndFollowsTheValue()
    {
        var r = Engine.Indicators.Kama.Series([5, 5, 5, 5, 5], 3, 2, 30);
        Assert.Equal([double.NaN, double.NaN, double.NaN, 0, 0], r.Er);
        Assert.Equal([double.NaN, double.NaN, 5, 5, 5], r.Kama);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/e-k/Kama/Kama.StaticSeries.Tests.cs, ToKama(10, 2, 30).
        var r = Engine.Indicators.Kama.Series(PublishedSample.DefaultQuotes, 10, 2, 30);
        Assert.True(double.IsNaN(r.Kama[8]) && double.IsNaN(r.Er[9]));
        PublishedSample.Near(213.7500, r.Kama[9], 4, "Kama[9]");
        foreach (var (i, er, kama) in new[] { (10, 0.2465, 213.7713), (24, 0.2136, 214.7423), (149, 0.3165, 235.5510), (249, 0.3182, 256.0898), (501, 0.2214, 240.1138) })
        {
            PublishedSample.Near(er, r.Er[i], 4, $"Er[{i}]");
            PublishedSample.Near(kama, r.Kama[i], 4, $"Kama[{i}]");
        }
    }
}
