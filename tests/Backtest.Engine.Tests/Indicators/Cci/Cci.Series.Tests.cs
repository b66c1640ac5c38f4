using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Cci;

public class CciSeriesTests
{
    // Definition (Donald Lambert, 1980; Stock.Indicators docs "CCI"): typical price TP = (H + L + C)/3;
    // CCI = (TP − SMA(TP, n)) / (0.015 · mean(|TP − SMA(TP, n)|)), computed here in decimal arithmetic.
    [Theory]
    [InlineData(20)]
    [InlineData(5)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        decimal[] tp = Enumerable.Range(0, btc.Count).Select(i => ((decimal)btc.High[i] + (decimal)btc.Low[i] + (decimal)btc.Close[i]) / 3).ToArray();
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = n - 1; i < btc.Count; i++)
        {
            var window = tp.Skip(i - n + 1).Take(n).ToArray();
            decimal mean = window.Average();
            decimal deviation = window.Select(v => Math.Abs(v - mean)).Average();
            expected[i] = (double)((tp[i] - mean) / (0.015m * deviation));
        }
        ColumnAssert.Close(expected, Engine.Indicators.Cci.Series(btc, n), 1e-9, what: $"Cci({n})");
    }

    [Fact]
    public void FlatWindow_IsUndefined()
    {
        double[] flat = [5, 5, 5, 5];
        Assert.True(double.IsNaN(Engine.Indicators.Cci.Series(flat, flat, flat, 3)[3]));
    }
}
