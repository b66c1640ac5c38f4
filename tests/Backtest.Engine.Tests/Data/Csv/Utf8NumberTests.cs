using System.Globalization;
using System.Text;
using Backtest.Engine.Data.Csv;

namespace Backtest.Engine.Tests.Data.Csv;

public class Utf8NumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("30004.719")]
    [InlineData("0.00000001293")]
    [InlineData("9007199254740993")]
    [InlineData("99683152000000.00")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("2.5E-3")]
    [InlineData("+12")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.1000000000000000055511151231257827")]
    public void Values_EqualTheRuntimesCorrectlyRoundedParse(string text)
    {
        Assert.True(Utf8Number.TryParseDouble(Encoding.UTF8.GetBytes(text), out double value));
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void RandomDecimals_MatchDoubleParseBitForBit_OnBothPaths()
    {
        var random = new Random(7);
        for (int i = 0; i < 100_000; i++)
        {
            int integerDigits = random.Next(0, 12), fractionDigits = random.Next(0, 12);
            var text = new StringBuilder();
            if (random.Next(4) == 0) text.Append('-');
            for (int d = 0; d < Math.Max(1, integerDigits); d++) text.Append((char)('0' + random.Next(10)));
            if (fractionDigits > 0) text.Append('.');
            for (int d = 0; d < fractionDigits; d++) text.Append((char)('0' + random.Next(10)));
            string s = text.ToString();
            double expected = double.Parse(s, CultureInfo.InvariantCulture);
            byte[] bytes = Encoding.UTF8.GetBytes(s + ",9");

            Assert.True(Utf8Number.TryParseDouble(bytes.AsSpan(0, s.Length), out double general), s);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(general));
            if (Utf8Number.TryParseSimpleDecimal(bytes, (byte)',', out double fast, out int used))
            {
                Assert.Equal(s.Length, used);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fast));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("12abc")]
    [InlineData(" 1")]
    [InlineData("0x10")]
    public void Nonsense_IsRejected(string text) =>
        Assert.False(Utf8Number.TryParseDouble(Encoding.UTF8.GetBytes(text), out _), text);

    [Fact]
    public void SimpleDecimal_StopsAtTheDelimiterAndRefusesOtherEndings()
    {
        Assert.True(Utf8Number.TryParseSimpleDecimal("12.5;7"u8, (byte)';', out double v, out int used));
        Assert.Equal(12.5, v);
        Assert.Equal(4, used);
        Assert.False(Utf8Number.TryParseSimpleDecimal("1e5,7"u8, (byte)',', out _, out _));
        Assert.False(Utf8Number.TryParseSimpleDecimal(",7"u8, (byte)',', out _, out _));
    }
}
