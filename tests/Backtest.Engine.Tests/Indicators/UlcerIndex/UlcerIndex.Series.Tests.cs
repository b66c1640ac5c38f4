using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.UlcerIndex;

public class UlcerIndexSeriesTests
{
    // Definition (Peter Martin and Byron McCann, "The Investor's Guide to Fidelity Funds", 1989; Stock.Indicators
    // docs "Ulcer Index"): over the last n closes, each close's percent drawdown from the highest close between the
    // window's start and itself, D = 100·(C − max)/max; UI = √(mean of D²).
    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(100)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        double[] expected = ColumnAssert.NaNs(close.Length);
        for (int i = n - 1; i < close.Length; i++)
        {
            int start = i - n + 1;
            double squares = 0;
            for (int p = start; p <= i; p++)
            {
                double peak = close[start..(p + 1)].Max();
                squares += Math.Pow(100 * (close[p] - peak) / peak, 2);
            }
            expected[i] = Math.Sqrt(squares / n);
        }
        ColumnAssert.Close(expected, Engine.Indicators.UlcerIndex.Series(close, n), 1e-12, 1e-12, $"UlcerIndex({n})");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSample()
    {
        double[] r = Engine.Indicators.UlcerIndex.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(489, r.Count(double.IsFinite));
        PublishedSample.Near(5.7255, r[501], 4, "UlcerIndex[501]");
    }
}
