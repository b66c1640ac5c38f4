using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Tema;

public class TemaSeriesTests
{
    // Definition (Mulloy 1994; Stock.Indicators v3 seeding): three layered EMAs all starting at the SMA of
    // the first n values; TEMA = 3·EMA1 − 3·EMA2 + EMA3.
    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(60)]
    public void RealData_MatchesDefinition(int n)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        double seed = DemaSeriesTests.SmaOfFirst(close, n);
        double[] ema1 = DemaSeriesTests.Ema(close, n, n - 1, seed);
        double[] ema2 = DemaSeriesTests.Ema(ema1, n, n - 1, seed);
        double[] ema3 = DemaSeriesTests.Ema(ema2, n, n - 1, seed);
        double[] expected = ema1.Select((e, i) => (3 * e) - (3 * ema2[i]) + ema3[i]).ToArray();
        ColumnAssert.Close(expected, Engine.Indicators.Tema.Series(CatalogCases.Bitcoin, n), 1e-10, what: $"Tema({n})");
    }
}
