using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Pmo;

public class PmoSeriesTests
{
    // Definition (Carl Swenlin, DecisionPoint "Price Momentum Oscillator"; Stock.Indicators docs "PMO"):
    // ROC_i = 100·(x_i/x_{i−1} − 1); first line = custom EMA of ROC with k = 2/time; PMO = custom EMA of
    // 10·(first line) with k = 2/smooth; signal = EMA of PMO with k = 2/(signal+1). Each EMA starts at the SMA of its
    // first n inputs, laid out by index here.
    private static double[] Smooth(double[] x, int firstDefined, int n, double k)
    {
        var result = ColumnAssert.NaNs(x.Length);
        int seedAt = firstDefined + n - 1;
        result[seedAt] = x.Skip(firstDefined).Take(n).Average();
        for (int i = seedAt + 1; i < x.Length; i++) result[i] = ((1 - k) * result[i - 1]) + (k * x[i]);
        return result;
    }

    [Theory]
    [InlineData(35, 20, 10)]
    [InlineData(2, 1, 1)]
    [InlineData(10, 5, 3)]
    public void RealData_MatchesDefinition(int time, int smooth, int signal)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] roc = x.Select((v, i) => i == 0 ? double.NaN : 100 * ((v / x[i - 1]) - 1)).ToArray();
        double[] first = Smooth(roc, 1, time, 2d / time).Select(v => v * 10).ToArray();
        double[] pmo = Smooth(first, time, smooth, 2d / smooth);
        double[] line = Smooth(pmo, time + smooth - 1, signal, 2d / (signal + 1));

        var actual = Engine.Indicators.Pmo.Series(x, time, smooth, signal);
        ColumnAssert.Close(pmo, actual.Pmo, 1e-8, 1e-10, "Pmo");
        ColumnAssert.Close(line, actual.Signal, 1e-8, 1e-10, "Signal");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/m-r/Pmo/Pmo.StaticSeries.Tests.cs, ToPmo() = (35, 20, 10).
        var r = Engine.Indicators.Pmo.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(448, r.Pmo.Count(v => !double.IsNaN(v)));
        Assert.Equal(439, r.Signal.Count(v => !double.IsNaN(v)));
        foreach (var (i, pmo, signal) in new[] { (92, 0.6159, 0.5582), (501, -2.7016, -2.3117) })
        {
            PublishedSample.Near(pmo, r.Pmo[i], 4, $"Pmo[{i}]");
            PublishedSample.Near(signal, r.Signal[i], 4, $"Signal[{i}]");
        }
    }
}
