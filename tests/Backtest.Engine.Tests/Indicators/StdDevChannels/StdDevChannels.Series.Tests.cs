using Backtest.Engine.Tests.Indicators.Slope;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.StdDevChannels;

public class StdDevChannelsSeriesTests
{
    // Definition (Stock.Indicators docs "Standard Deviation Channels"): a least-squares line over n values with
    // channels at ± k standard deviations of those values. Rolling form: the window ending at each bar, evaluated at
    // that bar. Segment form (Stock.Indicators' own): n-bar blocks counted back from the last bar, each drawn from its
    // own fit. The fits come from the decimal normal-equation reference in SlopeSeriesTests.
    [Theory]
    [InlineData(20, 2)]
    [InlineData(2, 0.5)]
    public void RealData_MatchesDefinition(int n, double k)
    {
        double[] y = CatalogCases.Bitcoin.Close.ToArray();
        double[] center = ColumnAssert.NaNs(y.Length), upper = ColumnAssert.NaNs(y.Length), lower = ColumnAssert.NaNs(y.Length);
        for (int i = n - 1; i < y.Length; i++)
        {
            var fit = SlopeSeriesTests.Fit(y, i, n);
            center[i] = (fit.Slope * (i + 1)) + fit.Intercept;
            upper[i] = center[i] + (k * fit.StdDev);
            lower[i] = center[i] - (k * fit.StdDev);
        }
        var actual = Engine.Indicators.StdDevChannels.Series(y, n, k);
        ColumnAssert.Close(center, actual.Centerline, 1e-10, what: "Centerline");
        ColumnAssert.Close(upper, actual.UpperChannel, 1e-10, what: "UpperChannel");
        ColumnAssert.Close(lower, actual.LowerChannel, 1e-10, what: "LowerChannel");
    }

    [Fact]
    public void Segments_MatchDefinitionAndTheRollingChannelAtSegmentEnds()
    {
        double[] y = CatalogCases.Bitcoin.Close.ToArray();
        const int n = 30;
        var segments = Engine.Indicators.StdDevChannels.Segments(y, n, 2);
        var rolling = Engine.Indicators.StdDevChannels.Series(y, n, 2);
        for (int p = 0; p < y.Length; p++)
        {
            int end = p + ((y.Length - 1 - p) % n);
            if (end - n + 1 < 0)
            {
                Assert.True(double.IsNaN(segments.Centerline[p]), $"bar {p} precedes every whole segment");
                continue;
            }
            var fit = SlopeSeriesTests.Fit(y, end, n);
            double c = (fit.Slope * (p + 1)) + fit.Intercept;
            Assert.Equal(c, segments.Centerline[p], c * 1e-10);
            Assert.Equal(c + (2 * fit.StdDev), segments.UpperChannel[p], c * 1e-10);
            Assert.Equal(p == end - n + 1, segments.BreakPoint[p]);
            if (p == end) Assert.Equal(rolling.Centerline[p], segments.Centerline[p], c * 1e-14);
        }
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/s-z/StdDevChannels/StdDevChannels.StaticSeries.Tests.cs, ToStdDevChannels(20, 2):
        // its (segment) values; the rolling channel agrees on the last bar.
        double[] close = PublishedSample.DefaultQuotes.Close.ToArray();
        var s = Engine.Indicators.StdDevChannels.Segments(close, 20, 2);
        Assert.Equal(500, s.Centerline.Count(v => !double.IsNaN(v)));
        Assert.True(double.IsNaN(s.Centerline[1]) && !s.BreakPoint[1]);
        foreach (var (i, c, u, l, breakPoint) in new[]
        {
            (2, 213.7993, 215.7098, 211.8888, true), (141, 236.1744, 240.4784, 231.8704, false), (142, 236.3269, 239.5585, 233.0953, true),
            (249, 259.6044, 267.5754, 251.6333, false), (482, 267.9069, 289.7473, 246.0664, true), (501, 235.8131, 257.6536, 213.9727, false),
        })
        {
            PublishedSample.Near(c, s.Centerline[i], 4, $"Centerline[{i}]");
            PublishedSample.Near(u, s.UpperChannel[i], 4, $"UpperChannel[{i}]");
            PublishedSample.Near(l, s.LowerChannel[i], 4, $"LowerChannel[{i}]");
            Assert.Equal(breakPoint, s.BreakPoint[i]);
        }
        var rolling = Engine.Indicators.StdDevChannels.Series(close, 20, 2);
        PublishedSample.Near(257.6536, rolling.UpperChannel[501], 4, "rolling UpperChannel[501]");
    }
}
