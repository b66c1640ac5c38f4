using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.ElderRay;

public class ElderRaySeriesTests
{
    // Definition (Alexander Elder; Stock.Indicators docs "Elder-ray Index"): EMA(C, n) seeded with the SMA of the
    // first n closes; bull power = H − EMA; bear power = L − EMA.
    [Theory]
    [InlineData(13)]
    [InlineData(1)]
    [InlineData(40)]
    public void RealData_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        double[] close = s.Close.ToArray();
        double[] ema = DemaSeriesTests.Ema(close, n, n - 1, DemaSeriesTests.SmaOfFirst(close, n));
        double[] bull = ema.Select((e, i) => s.High[i] - e).ToArray(), bear = ema.Select((e, i) => s.Low[i] - e).ToArray();
        var actual = Engine.Indicators.ElderRay.Series(s, n);
        ColumnAssert.Close(ema, actual.Ema, 1e-12, what: "Ema");
        ColumnAssert.Close(bull, actual.BullPower, 1e-9, 1e-8, "BullPower");
        ColumnAssert.Close(bear, actual.BearPower, 1e-9, 1e-8, "BearPower");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.ElderRay.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(490, r.BullPower.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Ema[11]));
        foreach (var (i, ema, bull, bear) in new[]
        {
            (12, 214.0000, 0.7500, -0.5100), (24, 215.5426, 1.4274, 0.5474), (149, 235.3970, 0.9430, 0.4730),
            (249, 256.5206, 1.5194, 1.0694), (501, 246.0129, -0.4729, -3.1429),
        })
        {
            PublishedSample.Near(ema, r.Ema[i], 4, $"Ema[{i}]");
            PublishedSample.Near(bull, r.BullPower[i], 4, $"BullPower[{i}]");
            PublishedSample.Near(bear, r.BearPower[i], 4, $"BearPower[{i}]");
        }
    }
}
