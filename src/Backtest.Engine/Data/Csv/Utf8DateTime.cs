namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Reads a candle time from UTF-8 bytes as epoch milliseconds (UTC), without allocating. Accepts
/// epoch numbers (unit chosen by magnitude), ISO 8601 dates and date-times with or without a zone
/// (no zone means UTC), <c>yyyyMMdd</c>, and slashed dates (<c>M/d/yyyy</c>, <c>M/d/yy</c>, day first on request)
/// with an optional time and AM/PM.
/// </summary>
internal static class Utf8DateTime
{
    private const long MsPerSecond = 1000, MsPerMinute = 60 * MsPerSecond, MsPerHour = 60 * MsPerMinute, MsPerDay = 24 * MsPerHour;

    /// <summary>What the error message says a time field may look like.</summary>
    public const string Expected =
        "a date/time such as 2024-01-31, 2024-01-31T13:00:00Z, 2024-01-31 13:00+02:00, 1/31/2024 13:00, or epoch seconds/milliseconds/microseconds";

    /// <summary>Parses a time field; <paramref name="dayFirst"/> reads <c>a/b/yyyy</c> as day/month.</summary>
    public static bool TryParseEpochMs(ReadOnlySpan<byte> text, bool dayFirst, out long epochMs)
    {
        epochMs = 0;
        if (text.IsEmpty) return false;
        if (IsEpochNumber(text)) return TryParseEpoch(text, out epochMs);
        int pos = 0;
        if (!TryParseDate(text, ref pos, dayFirst, out long days)) return false;
        long ms = days * MsPerDay;
        if (pos == text.Length)
        {
            epochMs = ms;
            return true;
        }
        if (text[pos] is not ((byte)'T' or (byte)' ' or (byte)'t')) return false;
        pos++;
        if (!TryParseTimeOfDay(text, ref pos, out long timeMs) || !TryParseZone(text, ref pos, out long offsetMs) || pos != text.Length) return false;
        epochMs = ms + timeMs - offsetMs;
        return true;
    }

    /// <summary>
    /// The row parser's fast path for the common time field: an unsigned epoch integer of 9 to 18 digits running up to
    /// <paramref name="delimiter"/> or the end. False means "not that case"; the caller isolates the field and calls
    /// <see cref="TryParseEpochMs"/>, which gives the same result for the cases this accepts.
    /// </summary>
    public static bool TryParseEpochInteger(ReadOnlySpan<byte> text, byte delimiter, out long epochMs, out int length)
    {
        epochMs = 0;
        length = 0;
        ulong value = 0;
        int digits = Utf8Number.ReadDigitRun(text, ref length, ref value);
        if (digits is < 9 or > 18 || (length < text.Length && text[length] != delimiter)) return false;
        epochMs = FromEpochNumber((long)value);
        return true;
    }

    /// <summary>
    /// Epoch numbers by magnitude: below 1e11 seconds, below 1e14 milliseconds, below 1e17 microseconds,
    /// else nanoseconds. An 8-digit number that is a valid <c>yyyyMMdd</c> date (years 1900–2199) is read as one.
    /// </summary>
    private static bool TryParseEpoch(ReadOnlySpan<byte> text, out long epochMs)
    {
        epochMs = 0;
        double magnitude;
        if (Utf8Number.TryParseInt64(text, out long integer))
        {
            if (text.Length == 8 && TryCompactDate(integer, out long days))
            {
                epochMs = days * MsPerDay;
                return true;
            }
            epochMs = FromEpochNumber(integer);
            return true;
        }
        if (!Utf8Number.TryParseDouble(text, out magnitude) || !double.IsFinite(magnitude)) return false;
        double a = Math.Abs(magnitude);
        double ms = a < 1e11 ? magnitude * 1000 : a < 1e14 ? magnitude : a < 1e17 ? magnitude / 1000 : magnitude / 1e6;
        epochMs = (long)Math.Round(ms);
        return true;
    }

    private static long FromEpochNumber(long integer)
    {
        long abs = Math.Abs(integer);
        return abs < 100_000_000_000L ? integer * MsPerSecond
            : abs < 100_000_000_000_000L ? integer
            : abs < 100_000_000_000_000_000L ? integer / 1000
            : integer / 1_000_000;
    }

    private static bool IsEpochNumber(ReadOnlySpan<byte> text)
    {
        int start = text[0] == (byte)'-' ? 1 : 0;
        if (start == text.Length) return false;
        int dots = 0;
        foreach (byte b in text[start..])
        {
            if (b == (byte)'.') dots++;
            else if ((uint)(b - '0') > 9) return false;
        }
        return dots <= 1;
    }

    private static bool TryCompactDate(long value, out long days)
    {
        int year = (int)(value / 10000), month = (int)(value / 100 % 100), day = (int)(value % 100);
        days = 0;
        return year is >= 1900 and < 2200 && TryDays(year, month, day, out days);
    }

    private static bool TryParseDate(ReadOnlySpan<byte> text, ref int pos, bool dayFirst, out long days)
    {
        days = 0;
        int first = ReadDigits(text, ref pos, out int a);
        if (first == 0 || pos >= text.Length) return false;
        byte separator = text[pos];
        if (separator is not ((byte)'-' or (byte)'/' or (byte)'.')) return false;
        pos++;
        if (ReadDigits(text, ref pos, out int b) is 0 or > 2 || pos >= text.Length || text[pos] != separator) return false;
        pos++;
        int third = ReadDigits(text, ref pos, out int c);
        if (first == 4) return third is 1 or 2 && TryDays(a, b, c, out days);
        if (first > 2 || third is not (2 or 4)) return false;
        int year = third == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
        // Dotted d.M.yyyy is the European convention; slashed and dashed follow the option (US month first by default).
        bool dayLeads = dayFirst || separator == (byte)'.';
        return dayLeads ? TryDays(year, b, a, out days) : TryDays(year, a, b, out days);
    }

    private static bool TryParseTimeOfDay(ReadOnlySpan<byte> text, ref int pos, out long ms)
    {
        ms = 0;
        if (ReadDigits(text, ref pos, out int hour) is 0 or > 2 || pos >= text.Length || text[pos] != (byte)':') return false;
        pos++;
        if (ReadDigits(text, ref pos, out int minute) != 2) return false;
        int second = 0, millis = 0;
        if (pos < text.Length && text[pos] == (byte)':')
        {
            pos++;
            if (ReadDigits(text, ref pos, out second) != 2) return false;
            if (pos < text.Length && text[pos] is (byte)'.' or (byte)',')
            {
                pos++;
                int start = pos;
                int scale = 100;
                while (pos < text.Length && (uint)(text[pos] - '0') <= 9)
                {
                    millis += (text[pos] - '0') * scale;
                    scale /= 10;
                    pos++;
                }
                if (pos == start) return false;
            }
        }
        if (pos < text.Length && text[pos] == (byte)' ') pos++;
        if (pos + 1 < text.Length && (text[pos + 1] | 0x20) == 'm' && (text[pos] | 0x20) is 'a' or 'p')
        {
            if (hour is < 1 or > 12) return false;
            hour = hour % 12 + ((text[pos] | 0x20) == 'p' ? 12 : 0);
            pos += 2;
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        ms = hour * MsPerHour + minute * MsPerMinute + second * MsPerSecond + millis;
        return true;
    }

    private static bool TryParseZone(ReadOnlySpan<byte> text, ref int pos, out long offsetMs)
    {
        offsetMs = 0;
        if (pos < text.Length && text[pos] == (byte)' ') pos++;
        if (pos == text.Length) return true;
        byte sign = text[pos];
        if (sign is (byte)'Z' or (byte)'z')
        {
            pos++;
            return true;
        }
        if (text[pos..].SequenceEqual("UTC"u8))
        {
            pos += 3;
            return true;
        }
        if (sign is not ((byte)'+' or (byte)'-')) return false;
        pos++;
        if (ReadDigits(text, ref pos, out int hh, maxDigits: 2) != 2) return false;
        int mm = 0;
        if (pos < text.Length && text[pos] == (byte)':') pos++;
        if (pos < text.Length && ReadDigits(text, ref pos, out mm, maxDigits: 2) != 2) return false;
        if (hh > 14 || mm > 59) return false;
        offsetMs = (hh * MsPerHour + mm * MsPerMinute) * (sign == (byte)'-' ? -1 : 1);
        return true;
    }

    private static int ReadDigits(ReadOnlySpan<byte> text, ref int pos, out int value, int maxDigits = 9)
    {
        int start = pos;
        value = 0;
        while (pos < text.Length && pos - start < maxDigits && (uint)(text[pos] - '0') <= 9)
        {
            value = value * 10 + (text[pos] - '0');
            pos++;
        }
        return pos - start;
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil), validating it.</summary>
    private static bool TryDays(int year, int month, int day, out long days)
    {
        days = 0;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        days = era * 146097 + doe - 719468;
        return true;
    }
}
