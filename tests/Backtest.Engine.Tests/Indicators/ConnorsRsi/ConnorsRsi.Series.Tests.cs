using Backtest.Engine.Tests.Indicators.StochRsi;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.ConnorsRsi;

public class ConnorsRsiSeriesTests
{
    // Definition (Connors Research, "An Introduction to ConnorsRSI", 2012; Stock.Indicators docs "ConnorsRSI"):
    // CRSI = (RSI(close, r) + RSI(streak, s) + PercentRank(one-bar return, rank))/3. Streak: +1, +2, ... on
    // consecutive higher closes, −1, −2, ... on lower ones, 0 on an unchanged close (and the first bar). Percent
    // rank: the share of the previous `rank` one-bar returns below today's (Stock.Indicators truncates it to a whole
    // percent and counts the first bar as a return of 0). RSI is Wilder's: averages of the first n gains and losses,
    // then (avg·(n−1) + x)/n (the StochRsi test's reference). Each part is computed here on its own, in full arrays.
    [Theory]
    [InlineData(3, 2, 100)]
    [InlineData(14, 20, 10)]
    [InlineData(2, 2, 2)]
    public void RealData_MatchesDefinition(int r, int s, int rank)
    {
        double[] x = CatalogCases.Bitcoin.Close.ToArray();
        var streak = new double[x.Length];
        for (int i = 1; i < x.Length; i++)
        {
            streak[i] = x[i] > x[i - 1] ? Math.Max(streak[i - 1], 0) + 1 : x[i] < x[i - 1] ? Math.Min(streak[i - 1], 0) - 1 : 0;
        }
        double[] returns = x.Select((v, i) => i == 0 ? 0 : (v - x[i - 1]) / x[i - 1]).ToArray();
        var percentRank = ColumnAssert.NaNs(x.Length);
        for (int i = rank; i < x.Length; i++)
        {
            int below = Enumerable.Range(i - rank, rank).Count(j => returns[j] < returns[i]);
            percentRank[i] = Math.Floor(100d * below / rank);
        }
        double[] rsi = StochRsiSeriesTests.Rsi(x, r), streakRsi = StochRsiSeriesTests.Rsi(streak, s);
        for (int i = 0; i < s + 2 && i < x.Length; i++) streakRsi[i] = double.NaN;
        int start = Math.Max(r, Math.Max(s, rank)) + 1;
        double[] crsi = rsi.Select((v, i) => i < start ? double.NaN : (v + streakRsi[i] + percentRank[i]) / 3).ToArray();

        var actual = Engine.Indicators.ConnorsRsi.Series(x, r, s, rank);
        Assert.Equal(streak, actual.Streak);
        Assert.Equal(percentRank, actual.PercentRank);
        ColumnAssert.Close(rsi, actual.Rsi, 1e-10, 1e-10, "Rsi");
        ColumnAssert.Close(streakRsi, actual.RsiStreak, 1e-10, 1e-10, "RsiStreak");
        ColumnAssert.Close(crsi, actual.ConnorsRsi, 1e-10, 1e-10, "ConnorsRsi");
    }

    [Fact]
    public void Streak_CountsRunsAndResetsOnUnchangedClose() =>
        Assert.Equal([0, 1, 2, -1, -2, 0, 1], Engine.Indicators.ConnorsRsi.Series([5, 6, 7, 6, 5, 5, 6], 2, 2, 2).Streak);

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/ConnorsRsi/ConnorsRsi.StaticSeries.Tests.cs, ToConnorsRsi(3, 2, 100) and (14, 20, 10).
        var d = Engine.Indicators.ConnorsRsi.Series(PublishedSample.DefaultQuotes, 3, 2, 100);
        Assert.Equal(401, d.ConnorsRsi.Count(v => !double.IsNaN(v)));
        var o = Engine.Indicators.ConnorsRsi.Series(PublishedSample.DefaultQuotes, 14, 20, 10);
        foreach (var (result, rsi, rsiStreak, percentRank, crsi) in new[] { (d, 68.8087, 67.4899, 88.0, 74.7662), (o, 42.0773, 52.7386, 90.0, 61.6053) })
        {
            PublishedSample.Near(rsi, result.Rsi[501], 4, "Rsi[501]");
            PublishedSample.Near(rsiStreak, result.RsiStreak[501], 4, "RsiStreak[501]");
            Assert.Equal(percentRank, result.PercentRank[501]);
            PublishedSample.Near(crsi, result.ConnorsRsi[501], 4, "ConnorsRsi[501]");
        }
    }
}
