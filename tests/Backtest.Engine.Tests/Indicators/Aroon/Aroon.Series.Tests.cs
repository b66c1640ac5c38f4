using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Aroon;

public class AroonSeriesTests
{
    // Definition (Tushar Chande, 1995; Stock.Indicators docs "Aroon"): over the current bar and the n before,
    // Aroon Up = 100·(n − bars since the highest high)/n, Aroon Down with the lowest low; the oscillator is
    // their difference. Ties: the earliest extreme (Stock.Indicators' convention).
    [Theory]
    [InlineData(25)]
    [InlineData(4)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        double[] up = ColumnAssert.NaNs(btc.Count), down = ColumnAssert.NaNs(btc.Count), osc = ColumnAssert.NaNs(btc.Count);
        for (int i = n; i < btc.Count; i++)
        {
            var highs = btc.High.Slice(i - n, n + 1).ToArray();
            var lows = btc.Low.Slice(i - n, n + 1).ToArray();
            int sinceHigh = n - Array.IndexOf(highs, highs.Max()), sinceLow = n - Array.IndexOf(lows, lows.Min());
            up[i] = 100.0 * (n - sinceHigh) / n;
            down[i] = 100.0 * (n - sinceLow) / n;
            osc[i] = up[i] - down[i];
        }
        var actual = Engine.Indicators.Aroon.Series(btc, n);
        ColumnAssert.Close(up, actual.AroonUp, 0, 1e-12, "AroonUp");
        ColumnAssert.Close(down, actual.AroonDown, 0, 1e-12, "AroonDown");
        ColumnAssert.Close(osc, actual.Oscillator, 0, 1e-12, "Oscillator");
    }

    [Fact]
    public void TiedHighs_CountFromTheEarliest()
    {
        var r = Engine.Indicators.Aroon.Series([5, 9, 9, 7], [1, 1, 1, 1], 3);
        Assert.Equal(100.0 * (3 - 2) / 3, r.AroonUp[3], 1e-12);
        Assert.Equal(0, r.AroonDown[3]);
    }
}
