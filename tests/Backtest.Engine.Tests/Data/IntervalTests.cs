using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data;

public class IntervalTests
{
    [Theory]
    [InlineData("1m", 60_000L)]
    [InlineData("4h", 14_400_000L)]
    [InlineData("60m", 3_600_000L)]
    [InlineData("1d", 86_400_000L)]
    public void Parse_KnownNames_GivesLength(string text, long ms) => Assert.Equal(ms, Interval.Parse(text).Milliseconds);

    [Fact]
    public void Parse_MinuteAndMonth_AreDistinguishedByCase()
    {
        Assert.False(Interval.Parse("1m").IsCalendarMonth);
        Assert.True(Interval.Parse("1M").IsCalendarMonth);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7m")]
    [InlineData("h")]
    [InlineData("-1h")]
    public void Parse_Unknown_ThrowsNamingTheValue(string text)
    {
        var ex = Assert.Throws<BacktestException>(() => Interval.Parse(text));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("expected one of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floor_Week_AlignsToMonday()
    {
        long wed = new DateTimeOffset(2024, 3, 13, 15, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var monday = DateTimeOffset.FromUnixTimeMilliseconds(Interval.Parse("1w").Floor(wed));
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 0, 0, 0, TimeSpan.Zero), monday);
    }

    [Fact]
    public void Floor_Month_AndNext_StepCalendarMonths()
    {
        var month = Interval.Parse("1M");
        long feb = month.Floor(new DateTimeOffset(2024, 2, 29, 23, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), feb);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), month.Next(feb));
    }

    [Fact]
    public void Floor_BeforeEpoch_RoundsDown()
    {
        Assert.Equal(-3_600_000L, Interval.OneHour.Floor(-1));
    }

    [Theory]
    [InlineData("4h", "1m", true)]
    [InlineData("1w", "1d", true)]
    [InlineData("1w", "3d", false)]
    [InlineData("1M", "1h", true)]
    [InlineData("1M", "1w", false)]
    [InlineData("1h", "4h", false)]
    public void IsWholeMultipleOf_FollowsBucketAlignment(string coarse, string fine, bool expected) =>
        Assert.Equal(expected, Interval.Parse(coarse).IsWholeMultipleOf(Interval.Parse(fine)));
}
