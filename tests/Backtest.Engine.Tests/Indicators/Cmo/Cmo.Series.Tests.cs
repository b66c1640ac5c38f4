using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Cmo;

public class CmoSeriesTests
{
    // Definition (Tushar Chande and Stanley Kroll, "The New Technical Trader", 1994; Stock.Indicators docs "CMO"):
    // over the last n bar-to-bar changes, Su = sum of the rises, Sd = sum of the falls (as positive numbers);
    // CMO = 100·(Su − Sd)/(Su + Sd). Decimal sums per window here.
    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(50)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        var expected = ColumnAssert.NaNs(x.Length);
        for (int i = n; i < x.Length; i++)
        {
            decimal up = 0, down = 0;
            for (int j = i - n + 1; j <= i; j++)
            {
                decimal change = (decimal)x[j] - (decimal)x[j - 1];
                if (change > 0) up += change; else down -= change;
            }
            expected[i] = (double)(100 * (up - down) / (up + down));
        }
        ColumnAssert.Close(expected, Engine.Indicators.Cmo.Series(x, n), 1e-11, 1e-11, $"Cmo({n})");
    }

    [Fact]
    public void NoMovement_IsUndefined() => Assert.True(double.IsNaN(Engine.Indicators.Cmo.Series([3, 3, 3], 2)[2]));

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/Cmo/Cmo.StaticSeries.Tests.cs, ToCmo(14).
        double[] cmo = Engine.Indicators.Cmo.Series(PublishedSample.DefaultQuotes, 14);
        Assert.True(double.IsNaN(cmo[13]));
        foreach (var (i, value) in new[] { (14, 24.1081), (249, 48.9614), (501, -26.7502) }) PublishedSample.Near(value, cmo[i], 4, $"Cmo[{i}]");
    }
}
