using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.SuperTrend;

public class SuperTrendSeriesTests
{
    // Definition (Olivier Seban's SuperTrend; Stock.Indicators docs "SuperTrend"): from bar n (ATR(n) by Wilder),
    // candidate bands mid ± m·ATR with mid = (H + L)/2. On bar n the bands start at their candidates and the trend
    // is up when C ≥ mid. Then the upper band takes its candidate if the candidate is lower or the previous close
    // was above the band; the lower band takes its candidate if it is higher or the previous close was below the
    // band. The trend turns down when C ≤ the band it is riding (lower if up, upper if down), else up; SuperTrend
    // is the lower band in an up-trend (Stock.Indicators' LowerBand) and the upper band in a down-trend (UpperBand).
    internal static (double[] Line, double[] Direction) Reference(CandleSeries s, int n, double m)
    {
        double[] atr = ReferenceAtr.Of(s, n), line = ColumnAssert.NaNs(s.Count), direction = ColumnAssert.NaNs(s.Count);
        bool up = true;
        double upper = 0, lower = 0;
        for (int i = n; i < s.Count; i++)
        {
            double mid = (s.High[i] + s.Low[i]) / 2, upperCandidate = mid + (m * atr[i]), lowerCandidate = mid - (m * atr[i]);
            if (i == n)
            {
                up = s.Close[i] >= mid;
                upper = upperCandidate;
                lower = lowerCandidate;
            }
            if (upperCandidate < upper || s.Close[i - 1] > upper) upper = upperCandidate;
            if (lowerCandidate > lower || s.Close[i - 1] < lower) lower = lowerCandidate;
            up = up ? s.Close[i] > lower : s.Close[i] > upper;
            line[i] = up ? lower : upper;
            direction[i] = up ? 1 : -1;
        }
        return (line, direction);
    }

    [Theory]
    [InlineData(10, 3.0)]
    [InlineData(2, 1.0)]
    [InlineData(30, 5.5)]
    public void RealData_MatchesDefinition(int n, double m)
    {
        var s = CatalogCases.Bitcoin;
        var (line, direction) = Reference(s, n, m);
        var actual = Engine.Indicators.SuperTrend.Series(s, n, m);
        ColumnAssert.Close(line, actual.SuperTrend, 1e-12, what: "SuperTrend");
        ColumnAssert.Close(direction, actual.Direction, 0, what: "Direction");
        Assert.Contains(-1.0, actual.Direction);
        Assert.Contains(1.0, actual.Direction);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.SuperTrend.Series(PublishedSample.DefaultQuotes, 14, 3);
        Assert.Equal(488, r.SuperTrend.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.SuperTrend[13]));
        // Direction +1 is where Stock.Indicators fills LowerBand, −1 where it fills UpperBand.
        foreach (var (i, value, direction) in new[] { (14, 210.6157, 1), (151, 232.8520, 1), (152, 237.6436, -1), (249, 253.8008, 1), (501, 250.7954, -1) })
        {
            PublishedSample.Near(value, r.SuperTrend[i], 4, $"SuperTrend[{i}]");
            Assert.Equal(direction, r.Direction[i]);
        }
    }
}
