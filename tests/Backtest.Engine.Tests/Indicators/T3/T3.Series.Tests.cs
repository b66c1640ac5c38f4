using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.T3;

public class T3SeriesTests
{
    // Definition (Tim Tillson, "Better Moving Averages", Technical Analysis of Stocks & Commodities, 1998):
    // GD(x) = (1 + a)·EMA(x) − a·EMA(EMA(x)) and T3 = GD(GD(GD(x))), every EMA with k = 2/(n+1) starting at its
    // input's first value (Stock.Indicators v3). Computed here literally as three nested GD passes, not through the
    // expanded six-EMA polynomial the engine uses.
    private static double[] Ema(double[] x, int n)
    {
        double k = 2d / (n + 1);
        var result = new double[x.Length];
        result[0] = x[0];
        for (int i = 1; i < x.Length; i++) result[i] = (k * x[i]) + ((1 - k) * result[i - 1]);
        return result;
    }

    private static double[] Gd(double[] x, int n, double a)
    {
        double[] ema = Ema(x, n), emaOfEma = Ema(ema, n);
        return ema.Select((e, i) => ((1 + a) * e) - (a * emaOfEma[i])).ToArray();
    }

    [Theory]
    [InlineData(5, 0.7)]
    [InlineData(20, 0.3)]
    [InlineData(1, 1)]
    public void RealData_MatchesDefinition(int n, double a)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] expected = Gd(Gd(Gd(x, n, a), n, a), n, a);
        ColumnAssert.Close(expected, Engine.Indicators.T3.Series(x, n, a), 1e-10, what: $"T3({n},{a})");
    }

    [Fact]
    public void NaNValue_RestartsAtTheNextValue()
    {
        double[] t3 = Engine.Indicators.T3.Series([1, 2, double.NaN, 7, 8], 3, 0.7);
        Assert.True(double.IsNaN(t3[2]));
        Assert.Equal(7, t3[3], 12);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/T3/T3.StaticSeries.Tests.cs, ToT3() = (5, 0.7); defined from the first bar.
        double[] t3 = Engine.Indicators.T3.Series(PublishedSample.DefaultQuotes);
        Assert.DoesNotContain(t3, double.IsNaN);
        foreach (var (i, value) in new[] { (5, 213.9654), (24, 215.9481), (44, 224.9412), (149, 235.8851), (249, 257.8735), (501, 238.9308) })
        {
            PublishedSample.Near(value, t3[i], 4, $"T3[{i}]");
        }
    }
}
