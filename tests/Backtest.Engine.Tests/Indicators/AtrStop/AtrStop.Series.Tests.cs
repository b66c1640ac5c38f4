using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.AtrStop;

public class AtrStopSeriesTests
{
    // Definition (ATR trailing stop; Stock.Indicators docs "ATR Trailing Stop"): from bar n (ATR(n) by Wilder),
    // candidate bands C ± m·ATR (end type Close) or H + m·ATR / L − m·ATR (HighLow). On bar n the bands start at
    // their candidates and the trend is up when C ≥ C'. The upper band takes its candidate if lower or if the
    // previous close was above it; the lower band if higher or if the previous close was below it. The trend turns
    // down when C ≤ the band it rides, else up; the stop is the lower band (SellStop) up, the upper band (BuyStop) down.
    private static (double[] Stop, double[] Direction) Reference(CandleSeries s, int n, double m, bool highLow)
    {
        double[] atr = ReferenceAtr.Of(s, n), stop = ColumnAssert.NaNs(s.Count), direction = ColumnAssert.NaNs(s.Count);
        bool up = true;
        double upper = double.NaN, lower = double.NaN;
        for (int i = n; i < s.Count; i++)
        {
            double upperCandidate = (highLow ? s.High[i] : s.Close[i]) + (m * atr[i]);
            double lowerCandidate = (highLow ? s.Low[i] : s.Close[i]) - (m * atr[i]);
            if (i == n)
            {
                up = s.Close[i] >= s.Close[i - 1];
                upper = upperCandidate;
                lower = lowerCandidate;
            }
            if (upperCandidate < upper || s.Close[i - 1] > upper) upper = upperCandidate;
            if (lowerCandidate > lower || s.Close[i - 1] < lower) lower = lowerCandidate;
            up = !(s.Close[i] <= (up ? lower : upper));
            stop[i] = up ? lower : upper;
            direction[i] = up ? 1 : -1;
        }
        return (stop, direction);
    }

    [Theory]
    [InlineData(21, 3.0, 0)]
    [InlineData(21, 3.0, 1)]
    [InlineData(2, 0.5, 1)]
    [InlineData(50, 2.0, 0)]
    public void RealData_MatchesDefinition(int n, double m, int endType)
    {
        var s = CatalogCases.Bitcoin;
        var (stop, direction) = Reference(s, n, m, endType == 1);
        var actual = Engine.Indicators.AtrStop.Series(s, n, m, endType);
        ColumnAssert.Close(stop, actual.AtrStop, 1e-12, what: "AtrStop");
        ColumnAssert.Close(direction, actual.Direction, 0, what: "Direction");
        ColumnAssert.Close(ReferenceAtr.Of(s, n), actual.Atr, 1e-12, what: "Atr");
    }

    [Theory]
    [InlineData(0, new[] { 21, 151, 152, 249, 501 }, new[] { 211.13, 232.7861, 236.3913, 253.8863, 246.3232 }, new[] { 1, 1, -1, 1, -1 })]
    [InlineData(1, new[] { 21, 69, 70, 249, 501 }, new[] { 210.23, 221.0594, 226.4624, 253.4863, 252.6932 }, new[] { 1, 1, -1, 1, -1 })]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples(int endType, int[] rows, double[] stops, int[] directions)
    {
        var r = Engine.Indicators.AtrStop.Series(PublishedSample.DefaultQuotes, 21, 3, endType);
        Assert.Equal(481, r.AtrStop.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.AtrStop[20]));
        for (int k = 0; k < rows.Length; k++)
        {
            PublishedSample.Near(stops[k], r.AtrStop[rows[k]], 4, $"AtrStop[{rows[k]}]");
            Assert.Equal(directions[k], r.Direction[rows[k]]);
        }
    }
}
