using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Mfi;

public class MfiSeriesTests
{
    // Definition (Gene Quong and Avrum Soudack, 1989; Stock.Indicators docs "Money Flow Index"): TP = (H + L + C)/3,
    // raw money flow = TP·V, positive when TP rose from the previous bar, negative when it fell; over the last n
    // bars MFI = 100 − 100/(1 + ΣPMF/ΣNMF), 100 when there is no negative flow. Decimal sums here.
    [Theory]
    [InlineData(14)]
    [InlineData(2)]
    [InlineData(40)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        decimal Typical(int i) => ((decimal)btc.High[i] + (decimal)btc.Low[i] + (decimal)btc.Close[i]) / 3;
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = n; i < btc.Count; i++)
        {
            decimal positive = 0, negative = 0;
            for (int j = i - n + 1; j <= i; j++)
            {
                decimal flow = Typical(j) * (decimal)btc.Volume[j];
                if (Typical(j) > Typical(j - 1)) positive += flow;
                else if (Typical(j) < Typical(j - 1)) negative += flow;
            }
            expected[i] = negative == 0 ? 100 : (double)(100 - (100 / (1 + (positive / negative))));
        }
        ColumnAssert.Close(expected, Engine.Indicators.Mfi.Series(btc, n), 1e-11, 1e-11, $"Mfi({n})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/m-r/Mfi/Mfi.StaticSeries.Tests.cs, ToMfi(14) and ToMfi(4).
        double[] mfi = Engine.Indicators.Mfi.Series(PublishedSample.DefaultQuotes, 14);
        Assert.Equal(488, mfi.Count(v => !double.IsNaN(v)));
        PublishedSample.Near(69.0622, mfi[439], 4, "Mfi[439]");
        PublishedSample.Near(39.9494, mfi[501], 4, "Mfi[501]");
        double[] fast = Engine.Indicators.Mfi.Series(PublishedSample.DefaultQuotes, 4);
        Assert.Equal(498, fast.Count(v => !double.IsNaN(v)));
        PublishedSample.Near(100, fast[31], 4, "Mfi4[31]");
        PublishedSample.Near(0, fast[43], 4, "Mfi4[43]");
    }
}
