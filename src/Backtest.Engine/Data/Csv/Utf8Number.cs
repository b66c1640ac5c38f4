using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Parses numbers straight from UTF-8 bytes, without a string per field. Plain decimals take
/// Clinger's fast path (an exact integer mantissa of at most 2^53 divided by an exact power of ten,
/// which IEEE-754 rounds once, so the result is the nearest double); anything else (exponents,
/// long mantissas) goes to the runtime's correctly rounded parser.
/// </summary>
internal static class Utf8Number
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly ulong[] IntegerPowersOfTen = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a decimal number, <c>NaN</c> or <c>Inf</c>/<c>Infinity</c> (any case, optional sign).</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        int i = 0, length = text.Length;
        bool negative = false;
        if (length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }
        ulong mantissa = 0;
        int digits = 0, fractionDigits = 0;
        uint d;
        while (i < length && (d = (uint)(text[i] - '0')) <= 9)
        {
            mantissa = mantissa * 10 + d;
            digits++;
            i++;
        }
        if (i < length && text[i] == (byte)'.')
        {
            i++;
            while (i < length && (d = (uint)(text[i] - '0')) <= 9)
            {
                mantissa = mantissa * 10 + d;
                digits++;
                fractionDigits++;
                i++;
            }
        }
        if (i == length && digits is > 0 and <= 19 && mantissa <= MaxExactMantissa && fractionDigits < PowersOfTen.Length)
        {
            double v = fractionDigits == 0 ? mantissa : mantissa / PowersOfTen[fractionDigits];
            value = negative ? -v : v;
            return true;
        }
        return TryParseSlow(text, out value);
    }

    /// <summary>
    /// The row parser's fast path: reads a plain decimal (<c>-123.456</c>) from the start of <paramref name="text"/> up to
    /// <paramref name="delimiter"/> or the end, and says how many bytes it used. False means "not the simple case"
    /// (empty, exponent, quotes, blanks, too many digits): the caller then isolates the field and uses <see cref="TryParseDouble"/>.
    /// </summary>
    public static bool TryParseSimpleDecimal(ReadOnlySpan<byte> text, byte delimiter, out double value, out int length)
    {
        value = 0;
        length = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        int i = negative ? 1 : 0;
        ulong mantissa = 0;
        int integerDigits = ReadDigitRun(text, ref i, ref mantissa);
        int fractionDigits = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            fractionDigits = ReadDigitRun(text, ref i, ref mantissa);
        }
        int digits = integerDigits + fractionDigits;
        if ((i < text.Length && text[i] != delimiter) || digits is <= 0 or > 19 || mantissa > MaxExactMantissa || fractionDigits >= PowersOfTen.Length) return false;
        double v = fractionDigits == 0 ? mantissa : mantissa / PowersOfTen[fractionDigits];
        value = negative ? -v : v;
        length = i;
        return true;
    }

    /// <summary>
    /// Appends the run of ASCII digits at <paramref name="i"/> to <paramref name="mantissa"/>, eight at a time where
    /// eight bytes are available (SWAR: one 64-bit load, a digit test on all bytes, three multiply-shift folds).
    /// Returns the run's length; a mantissa past 19 digits is garbage, which the caller's digit count rejects.
    /// </summary>
    public static int ReadDigitRun(ReadOnlySpan<byte> text, ref int i, ref ulong mantissa)
    {
        int start = i;
        ref byte origin = ref MemoryMarshal.GetReference(text);
        while (i + 8 <= text.Length)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref origin, i));
            // A byte is a digit when it is at least '0' and adding 0x46 does not carry it past 0x7F (so at most '9').
            ulong nonDigit = ((word - 0x3030303030303030UL) | (word + 0x4646464646464646UL)) & 0x8080808080808080UL;
            int run = nonDigit == 0 ? 8 : BitOperations.TrailingZeroCount(nonDigit) >> 3;
            if (run == 0) return i - start;
            ulong digits = (word & 0x0F0F0F0F0F0F0F0FUL) << (8 * (8 - run));
            digits = (digits * 10 + (digits >> 8)) & 0x00FF00FF00FF00FFUL;
            digits = (digits * 100 + (digits >> 16)) & 0x0000FFFF0000FFFFUL;
            digits = (digits * 10000 + (digits >> 32)) & 0xFFFFFFFFUL;
            mantissa = mantissa * IntegerPowersOfTen[run] + digits;
            i += run;
            if (run < 8) return i - start;
        }
        uint d;
        while (i < text.Length && (d = (uint)(text[i] - '0')) <= 9)
        {
            mantissa = mantissa * 10 + d;
            i++;
        }
        return i - start;
    }

    /// <summary>Parses an optionally signed integer of at most 18 digits.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }
        if (text.Length == i || text.Length - i > 18) return false;
        long v = 0;
        for (; i < text.Length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d > 9) return false;
            v = v * 10 + d;
        }
        value = negative ? -v : v;
        return true;
    }

    private static bool TryParseSlow(ReadOnlySpan<byte> text, out double value)
    {
        if (TryParseSpecial(text, out value)) return true;
        // The runtime parser is correctly rounded (IEEE nearest) since .NET Core 3.0.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !HasWhitespace(text);
    }

    private static bool TryParseSpecial(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            text = text[1..];
        }
        if (text.Length is not (3 or 8)) return false;
        if (System.Text.Ascii.EqualsIgnoreCase(text, "nan"u8))
        {
            value = double.NaN;
            return true;
        }
        if (System.Text.Ascii.EqualsIgnoreCase(text, "inf"u8) || System.Text.Ascii.EqualsIgnoreCase(text, "infinity"u8))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        return false;
    }

    private static bool HasWhitespace(ReadOnlySpan<byte> text) =>
        text.Length > 0 && (text[0] is (byte)' ' or (byte)'\t' || text[^1] is (byte)' ' or (byte)'\t');
}
