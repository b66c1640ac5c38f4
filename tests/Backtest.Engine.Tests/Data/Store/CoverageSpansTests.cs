using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;

namespace Backtest.Engine.Tests.Data.Store;

public class CoverageSpansTests
{
    private static readonly (long, long)[] Covered = [(100, 200), (300, 400)];

    [Theory]
    [InlineData(0, 500, "0-100,200-300,400-500")]
    [InlineData(100, 400, "200-300")]
    [InlineData(150, 350, "200-300")]
    [InlineData(120, 180, "")]
    [InlineData(200, 300, "200-300")]
    [InlineData(450, 460, "450-460")]
    [InlineData(0, 50, "0-50")]
    public void Missing_AroundCoveredSpans_IsTheComplement(long from, long to, string expected)
    {
        var missing = CoverageSpans.Missing(Covered, from, to);
        Assert.Equal(expected, string.Join(",", missing.Select(m => $"{m.FromMs}-{m.ToMs}")));
    }

    [Fact]
    public void Missing_NothingCovered_IsTheWholeRange() =>
        Assert.Equal([(long.MinValue, 5L)], CoverageSpans.Missing([], long.MinValue, 5));

    [Fact]
    public void Bars_CountsPartialBarsUp_AndUnboundedIsUnknown()
    {
        var hour = Interval.OneHour;
        Assert.Equal(3, CoverageSpans.Bars([(0, 2 * 3_600_000), (5 * 3_600_000, 5 * 3_600_000 + 1)], hour));
        Assert.Null(CoverageSpans.Bars([(long.MinValue, 0)], hour));
    }
}
