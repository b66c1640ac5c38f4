using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.HeikinAshi;

public class HeikinAshiSeriesTests
{
    // Definition (Heikin-Ashi; Stock.Indicators docs "Heikin-Ashi"): close = (O + H + L + C)/4; open = (open' +
    // close')/2 of the previous Heikin-Ashi candle, the first bar using its own real O and C as that candle;
    // high = max(H, open, close); low = min(L, open, close); volume unchanged. Computed here in decimal.
    [Fact]
    public void RealData_MatchesDefinition()
    {
        var s = CatalogCases.Bitcoin;
        double[] open = new double[s.Count], high = new double[s.Count], low = new double[s.Count], close = new double[s.Count];
        decimal previousOpen = (decimal)s.Open[0], previousClose = (decimal)s.Close[0];
        for (int i = 0; i < s.Count; i++)
        {
            decimal o = (decimal)s.Open[i], h = (decimal)s.High[i], l = (decimal)s.Low[i], c = (decimal)s.Close[i];
            decimal haClose = (o + h + l + c) / 4, haOpen = (previousOpen + previousClose) / 2;
            open[i] = (double)haOpen;
            close[i] = (double)haClose;
            high[i] = (double)Math.Max(h, Math.Max(haOpen, haClose));
            low[i] = (double)Math.Min(l, Math.Min(haOpen, haClose));
            (previousOpen, previousClose) = (haOpen, haClose);
        }
        var actual = Engine.Indicators.HeikinAshi.Series(s);
        ColumnAssert.Close(open, actual.Open, 1e-13, what: "Open");
        ColumnAssert.Close(high, actual.High, 1e-13, what: "High");
        ColumnAssert.Close(low, actual.Low, 1e-13, what: "Low");
        ColumnAssert.Close(close, actual.Close, 1e-13, what: "Close");
        Assert.Equal(s.Volume.ToArray(), actual.Volume);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSample()
    {
        var r = Engine.Indicators.HeikinAshi.Series(PublishedSample.DefaultQuotes);
        PublishedSample.Near(241.3018, r.Open[501], 4, "Open[501]");
        PublishedSample.Near(245.54, r.High[501], 4, "High[501]");
        PublishedSample.Near(241.3018, r.Low[501], 4, "Low[501]");
        PublishedSample.Near(244.6525, r.Close[501], 4, "Close[501]");
        Assert.Equal(147031456, r.Volume[501]);
    }

    [Fact]
    public void NaNBar_NextBarStartsOverFromItsOwnCandle()
    {
        var s = CatalogCases.WithNaNs(CatalogCases.Bitcoin);
        var r = Engine.Indicators.HeikinAshi.Series(s);
        Assert.False(double.IsNaN(r.Open[401]));
        Assert.Equal((s.Open[401] + s.Close[401]) / 2, r.Open[401]);
    }
}
