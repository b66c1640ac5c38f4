using Backtest.Engine.Data.Csv;

namespace Backtest.Engine.Tests.Data.Csv;

public class Utf8DateTimeTests
{
    private static long Ms(string utc) => new DateTimeOffset(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal)).ToUnixTimeMilliseconds();

    [Theory]
    [InlineData("2024-01-31", "2024-01-31T00:00:00Z")]
    [InlineData("2024-01-31T13:05", "2024-01-31T13:05:00Z")]
    [InlineData("2024-01-31 13:05:09", "2024-01-31T13:05:09Z")]
    [InlineData("2024-01-31T13:05:09.250Z", "2024-01-31T13:05:09.250Z")]
    [InlineData("2024-01-31T13:05:09+02:00", "2024-01-31T11:05:09Z")]
    [InlineData("2024-01-31T01:05:09-0530", "2024-01-31T06:35:09Z")]
    [InlineData("2024-01-31 13:05 UTC", "2024-01-31T13:05:00Z")]
    [InlineData("2024/01/31", "2024-01-31T00:00:00Z")]
    [InlineData("1/31/2024", "2024-01-31T00:00:00Z")]
    [InlineData("01/31/24", "2024-01-31T00:00:00Z")]
    [InlineData("12/31/99", "1999-12-31T00:00:00Z")]
    [InlineData("1/31/2026 6:49", "2026-01-31T06:49:00Z")]
    [InlineData("1/31/2026 6:49 PM", "2026-01-31T18:49:00Z")]
    [InlineData("1/31/2026 12:00 AM", "2026-01-31T00:00:00Z")]
    [InlineData("31.01.2024", "2024-01-31T00:00:00Z")]
    [InlineData("20240131", "2024-01-31T00:00:00Z")]
    [InlineData("1706659200", "2024-01-31T00:00:00Z")]
    [InlineData("1706659200000", "2024-01-31T00:00:00Z")]
    [InlineData("1706659200000000", "2024-01-31T00:00:00Z")]
    [InlineData("1706659200000000000", "2024-01-31T00:00:00Z")]
    [InlineData("1706659200.5", "2024-01-31T00:00:00.500Z")]
    public void Formats_ParseToUtcEpochMs(string text, string utc)
    {
        Assert.True(Utf8DateTime.TryParseEpochMs(System.Text.Encoding.UTF8.GetBytes(text), dayFirst: false, out long ms), text);
        Assert.Equal(Ms(utc), ms);
    }

    [Fact]
    public void DayFirst_SwapsDayAndMonth()
    {
        Assert.True(Utf8DateTime.TryParseEpochMs("03/01/2024"u8, dayFirst: true, out long ms));
        Assert.Equal(Ms("2024-01-03"), ms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("13/31/2024")]
    [InlineData("2024-01-31T25:00")]
    [InlineData("2024-01-31T10:00+99:00")]
    [InlineData("2024-01-31 10:00 garbage")]
    [InlineData("Jan 31 2024")]
    [InlineData("abc")]
    public void Nonsense_IsRejected(string text) =>
        Assert.False(Utf8DateTime.TryParseEpochMs(System.Text.Encoding.UTF8.GetBytes(text), dayFirst: false, out _), text);
}
