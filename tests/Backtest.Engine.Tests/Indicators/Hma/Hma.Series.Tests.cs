using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Hma;

public class HmaSeriesTests
{
    // Definition (Alan Hull, 2005; Stock.Indicators docs "Hull Moving Average"):
    // HMA = WMA(2·WMA(x, ⌊n/2⌋) − WMA(x, n), ⌊√n⌋); each WMA recomputed from its whole window here.
    private static double Wma(Func<int, double> x, int end, int n)
    {
        double weighted = 0, weights = 0;
        for (int j = 1; j <= n; j++)
        {
            weighted += j * x(end - n + j);
            weights += j;
        }
        return weighted / weights;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(20)]
    [InlineData(55)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        int root = (int)Math.Sqrt(n);
        double Diff(int i) => (2 * Wma(j => x[j], i, n / 2)) - Wma(j => x[j], i, n);
        var expected = ColumnAssert.NaNs(x.Length);
        for (int i = n - 1 + root - 1; i < x.Length; i++) expected[i] = Wma(Diff, i, root);
        ColumnAssert.Close(expected, Engine.Indicators.Hma.Series(CatalogCases.Bitcoin, n), 1e-11, what: $"Hma({n})");
    }
}
