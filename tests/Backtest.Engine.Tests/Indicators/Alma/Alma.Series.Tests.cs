using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Alma;

public class AlmaSeriesTests
{
    // Definition (Arnaud Legoux and Dimitrios Kouzis-Loukas, 2009; Stock.Indicators docs "ALMA"): over the last n
    // values, oldest j = 0, w_j = exp(−(j − m)²/(2s²)) with m = offset·(n − 1), s = n/sigma; ALMA = Σw_j·x_j / Σw_j.
    // Weights recomputed for every window here and the weighted sum taken in decimal.
    [Theory]
    [InlineData(9, 0.85, 6)]
    [InlineData(20, 0.5, 3)]
    [InlineData(2, 0, 0.1)]
    public void RealData_MatchesDefinition(int n, double offset, double sigma)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        var expected = ColumnAssert.NaNs(x.Length);
        for (int i = n - 1; i < x.Length; i++)
        {
            decimal weighted = 0, norm = 0;
            for (int j = 0; j < n; j++)
            {
                double m = offset * (n - 1), s = n / sigma;
                decimal w = (decimal)Math.Exp(-Math.Pow(j - m, 2) / (2 * s * s));
                weighted += w * (decimal)x[i - n + 1 + j];
                norm += w;
            }
            expected[i] = (double)(weighted / norm);
        }
        ColumnAssert.Close(expected, Engine.Indicators.Alma.Series(x, n, offset, sigma), 1e-12, what: $"Alma({n},{offset},{sigma})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/Alma/Alma.StaticSeries.Tests.cs, ToAlma(10, 0.85, 6).
        double[] alma = Engine.Indicators.Alma.Series(PublishedSample.DefaultQuotes, 10, 0.85, 6);
        Assert.True(double.IsNaN(alma[8]));
        foreach (var (i, value) in new[] { (9, 214.1839), (24, 216.0619), (149, 235.8609), (249, 257.5787), (501, 242.1871) })
        {
            PublishedSample.Near(value, alma[i], 4, $"Alma[{i}]");
        }
    }
}
