using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Dema;

public class DemaSeriesTests
{
    // Definition (Mulloy 1994, "Smoothing Data with Faster Moving Averages"; seeding as Stock.Indicators v3
    // documents it): EMA1 = EMA(x), EMA2 = EMA(EMA1), both starting at the SMA of the first n values;
    // DEMA = 2·EMA1 − EMA2, with k = 2/(n+1).
    internal static double[] Ema(double[] x, int n, int start, double seed)
    {
        var result = ColumnAssert.NaNs(x.Length);
        double k = 2d / (n + 1);
        result[start] = seed;
        for (int i = start + 1; i < x.Length; i++) result[i] = (k * x[i]) + ((1 - k) * result[i - 1]);
        return result;
    }

    internal static double SmaOfFirst(double[] x, int n) => x.Take(n).Average();

    [Theory]
    [InlineData(2)]
    [InlineData(14)]
    [InlineData(50)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        double seed = SmaOfFirst(close, n);
        double[] ema1 = Ema(close, n, n - 1, seed);
        double[] ema2 = Ema(ema1, n, n - 1, seed);
        double[] expected = ema1.Select((e, i) => (2 * e) - ema2[i]).ToArray();
        ColumnAssert.Close(expected, Engine.Indicators.Dema.Series(CatalogCases.Bitcoin, n), 1e-10, what: $"Dema({n})");
    }
}
