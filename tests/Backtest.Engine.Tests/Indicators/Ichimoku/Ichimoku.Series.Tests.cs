using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Ichimoku;

public class IchimokuSeriesTests
{
    // Definition (Goichi Hosoda; Stock.Indicators docs "Ichimoku Cloud", offsets = kijunPeriods): Tenkan-sen =
    // (highest high + lowest low)/2 over the last t bars; Kijun-sen likewise over k bars; Senkou span A on bar i =
    // (Tenkan + Kijun)/2 of bar i − k; Senkou span B on bar i = the midpoint over the b bars ending at bar i − k.
    // Computed here in decimal, each window scanned afresh.
    private static double Midpoint(CandleSeries s, int end, int length)
    {
        if (end - length + 1 < 0) return double.NaN;
        decimal high = decimal.MinValue, low = decimal.MaxValue;
        for (int p = end - length + 1; p <= end; p++)
        {
            high = Math.Max(high, (decimal)s.High[p]);
            low = Math.Min(low, (decimal)s.Low[p]);
        }
        return (double)((high + low) / 2);
    }

    [Theory]
    [InlineData(9, 26, 52)]
    [InlineData(20, 10, 30)]
    [InlineData(1, 1, 2)]
    public void RealData_MatchesDefinition(int t, int k, int b)
    {
        var s = CatalogCases.Bitcoin;
        double[] tenkan = new double[s.Count], kijun = new double[s.Count], spanA = new double[s.Count], spanB = new double[s.Count];
        for (int i = 0; i < s.Count; i++)
        {
            tenkan[i] = Midpoint(s, i, t);
            kijun[i] = Midpoint(s, i, k);
            spanA[i] = i - k < 0 ? double.NaN : (Midpoint(s, i - k, t) + Midpoint(s, i - k, k)) / 2;
            spanB[i] = i - k < 0 ? double.NaN : Midpoint(s, i - k, b);
        }
        var actual = Engine.Indicators.Ichimoku.Series(s, t, k, b);
        ColumnAssert.Close(tenkan, actual.TenkanSen, 1e-14, what: "TenkanSen");
        ColumnAssert.Close(kijun, actual.KijunSen, 1e-14, what: "KijunSen");
        ColumnAssert.Close(spanA, actual.SenkouSpanA, 1e-14, what: "SenkouSpanA");
        ColumnAssert.Close(spanB, actual.SenkouSpanB, 1e-14, what: "SenkouSpanB");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.Ichimoku.Series(PublishedSample.DefaultQuotes, 9, 26, 52);
        Assert.Equal(494, r.TenkanSen.Count(double.IsFinite));
        Assert.Equal(477, r.KijunSen.Count(double.IsFinite));
        Assert.Equal(451, r.SenkouSpanA.Count(double.IsFinite));
        Assert.Equal(425, r.SenkouSpanB.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.SenkouSpanB[51]));
        foreach (var (i, t, k, a, b) in new[]
        {
            (51, 224.465, 221.94, 214.8325, double.NaN), (249, 257.15, 253.085, 246.3125, 241.685),
            (475, 265.575, 263.965, 274.9475, 274.95), (501, 241.26, 251.505, 264.77, 269.82),
        })
        {
            PublishedSample.Near(t, r.TenkanSen[i], 4, $"TenkanSen[{i}]");
            PublishedSample.Near(k, r.KijunSen[i], 4, $"KijunSen[{i}]");
            PublishedSample.Near(a, r.SenkouSpanA[i], 4, $"SenkouSpanA[{i}]");
            if (!double.IsNaN(b)) PublishedSample.Near(b, r.SenkouSpanB[i], 4, $"SenkouSpanB[{i}]");
        }
    }

    [Fact]
    public void SpanBNotAboveKijun_Throws()
    {
        var ex = Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.IndicatorCatalog.Compute("ichimoku", CatalogCases.Bitcoin, [9, 26, 26]));
        Assert.Equal("senkouBPeriods", ex.Target);
    }
}
