using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Tsi;

public class TsiSeriesTests
{
    // Definition (William Blau, "Momentum, Direction, and Divergence", 1995; Stock.Indicators docs "TSI"): with
    // Δ_i = x_i − x_{i−1}, TSI = 100·EMA(EMA(Δ, r), s)/EMA(EMA(|Δ|, r), s) and signal = EMA(TSI, g), each EMA
    // (k = 2/(n+1)) starting at the SMA of its first n inputs; Stock.Indicators starts the signal no earlier than
    // index g + 1. Stages are laid out by index here and each seed is summed explicitly.
    private static double[] Smooth(double[] x, int n, int firstDefined)
    {
        int seedAt = firstDefined + n - 1;
        double seed = x.Skip(firstDefined).Take(n).Average();
        return DemaSeriesTests.Ema(x, n, seedAt, seed);
    }

    [Theory]
    [InlineData(25, 13, 7)]
    [InlineData(5, 3, 2)]
    [InlineData(1, 1, 3)]
    [InlineData(10, 4, 1)]
    public void RealData_MatchesDefinition(int r, int s, int g)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        double[] change = x.Select((v, i) => i == 0 ? double.NaN : v - x[i - 1]).ToArray();
        double[] numerator = Smooth(Smooth(change, r, 1), s, r);
        double[] denominator = Smooth(Smooth(change.Select(Math.Abs).ToArray(), r, 1), s, r);
        double[] tsi = numerator.Select((v, i) => 100 * v / denominator[i]).ToArray();
        int firstTsi = r + s - 1;
        double[] signal = g == 1 ? tsi : Smooth(tsi, g, Math.Max(firstTsi, 2));

        var actual = Engine.Indicators.Tsi.Series(x, r, s, g);
        ColumnAssert.Close(tsi, actual.Tsi, 1e-9, 1e-9, "Tsi");
        ColumnAssert.Close(signal, actual.Signal, 1e-9, 1e-9, "Signal");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/Tsi/Tsi.StaticSeries.Tests.cs, ToTsi() = (25, 13, 7).
        var r = Engine.Indicators.Tsi.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(465, r.Tsi.Count(v => !double.IsNaN(v)));
        Assert.Equal(459, r.Signal.Count(v => !double.IsNaN(v)));
        PublishedSample.Near(53.1204, r.Tsi[37], 4, "Tsi[37]");
        Assert.True(double.IsNaN(r.Signal[37]));
        foreach (var (i, tsi, signal) in new[] { (43, 46.0960, 51.6916), (44, 42.5121, 49.3967), (149, 29.0936, 28.0134), (249, 41.9232, 42.4063), (501, -28.3513, -29.3597) })
        {
            PublishedSample.Near(tsi, r.Tsi[i], 4, $"Tsi[{i}]");
            PublishedSample.Near(signal, r.Signal[i], 4, $"Signal[{i}]");
        }
    }
}
