using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.VolatilityStop;

public class VolatilityStopSeriesTests
{
    // Definition (Wilder's volatility system, 1978; Stock.Indicators docs "Volatility Stop"): the first n closes
    // guess the trade — long if C[n−1] > C[0] — and the significant close SIC starts as their max (long) or min
    // (short). From bar n: ARC = m·ATR(n) of bar i−1 (Wilder); SAR = SIC − ARC long, SIC + ARC short; a close
    // beyond the SAR is a stop (reverse, SIC = C) else SIC = max/min(SIC, C). The whole series is computed first,
    // then everything up to and including the first stop is blanked.
    private static (double[] Sar, double[] IsStop) Reference(CandleSeries s, int n, double m)
    {
        double[] atr = ReferenceAtr.Of(s, n), sar = ColumnAssert.NaNs(s.Count), isStop = ColumnAssert.NaNs(s.Count);
        var first = s.Close[..n].ToArray();
        bool isLong = first[^1] > first[0];
        double sic = isLong ? first.Max() : first.Min();
        for (int i = n; i < s.Count; i++)
        {
            double close = s.Close[i];
            sar[i] = isLong ? sic - (m * atr[i - 1]) : sic + (m * atr[i - 1]);
            bool stop = isLong ? close < sar[i] : close > sar[i];
            isStop[i] = stop ? 1 : 0;
            if (stop)
            {
                isLong = !isLong;
                sic = close;
            }
            else
            {
                sic = isLong ? Math.Max(sic, close) : Math.Min(sic, close);
            }
        }
        int cut = Array.IndexOf(isStop, 1.0);
        for (int i = 0; i <= cut; i++) sar[i] = isStop[i] = double.NaN;
        return (sar, isStop);
    }

    [Theory]
    [InlineData(7, 3.0)]
    [InlineData(14, 3.0)]
    [InlineData(2, 1.5)]
    [InlineData(40, 2.0)]
    public void RealData_MatchesDefinition(int n, double m)
    {
        var s = CatalogCases.Bitcoin;
        var (sar, isStop) = Reference(s, n, m);
        var actual = Engine.Indicators.VolatilityStop.Series(s, n, m);
        ColumnAssert.Close(sar, actual.Sar, 1e-12, what: "Sar");
        ColumnAssert.Close(isStop, actual.IsStop, 0, what: "IsStop");
        Assert.True(actual.IsStop.Count(v => v == 1) > 1);
    }

    [Theory]
    [InlineData(67, 8)]
    [InlineData(161, 3)]
    [InlineData(318, 4)]
    public void EqualFirstAndLastGuessCloses_StartShort(int start, int n)
    {
        // Real stretches of default.csv whose closes 0 and n−1 are equal: the published rule guesses long only on
        // a strict rise, so these start short, which moves the first stop.
        var s = PublishedSample.DefaultQuotes.SliceByIndex(start, PublishedSample.DefaultQuotes.Count - start);
        Assert.Equal(s.Close[0], s.Close[n - 1]);
        var (sar, isStop) = Reference(s, n, 1.0);
        var actual = Engine.Indicators.VolatilityStop.Series(s, n, 1.0);
        ColumnAssert.Close(sar, actual.Sar, 1e-12, what: "Sar");
        ColumnAssert.Close(isStop, actual.IsStop, 0, what: "IsStop");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.VolatilityStop.Series(PublishedSample.DefaultQuotes, 14, 3);
        Assert.Equal(448, r.Sar.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Sar[53]) && double.IsNaN(r.IsStop[53]));
        foreach (var (i, sar, stop) in new[] { (54, 226.2118, 0), (55, 226.2124, 0), (282, 261.8687, 1), (283, 249.3219, 0), (284, 249.7460, 0), (501, 249.2423, 0) })
        {
            PublishedSample.Near(sar, r.Sar[i], 4, $"Sar[{i}]");
            Assert.Equal(stop, r.IsStop[i]);
        }
        Assert.Equal(1, r.IsStop[168]);
    }
}
