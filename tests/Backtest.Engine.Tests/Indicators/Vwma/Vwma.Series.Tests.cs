using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Vwma;

public class VwmaSeriesTests
{
    // Definition (Stock.Indicators docs "VWMA"): Σ close·volume / Σ volume over the last n bars; computed
    // here in decimal.
    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = n - 1; i < btc.Count; i++)
        {
            decimal weighted = 0, volume = 0;
            for (int j = i - n + 1; j <= i; j++)
            {
                weighted += (decimal)btc.Close[j] * (decimal)btc.Volume[j];
                volume += (decimal)btc.Volume[j];
            }
            expected[i] = (double)(weighted / volume);
        }
        ColumnAssert.Close(expected, Engine.Indicators.Vwma.Series(btc, n), 1e-12, what: $"Vwma({n})");
    }

    [Fact]
    public void NoVolume_IsUndefined() => Assert.True(double.IsNaN(Engine.Indicators.Vwma.Series([1, 2], [0, 0], 2)[1]));
}
