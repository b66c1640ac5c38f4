using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data;

/// <summary>
/// A candle interval as Binance names it (<c>1s</c>, <c>1m</c> … <c>12h</c>, <c>1d</c>, <c>3d</c>, <c>1w</c>, <c>1M</c>).
/// Buckets are aligned in UTC: fixed intervals to the Unix epoch, <c>1w</c> to Monday 00:00, <c>1M</c> to the
/// first day of the calendar month.
/// </summary>
public readonly record struct Interval : IComparable<Interval>
{
    private const long Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

    /// <summary>Monday 1970-01-05, the first Monday after the epoch: weeks are aligned to it.</summary>
    private const long WeekOrigin = 4 * Day;

    private static readonly (string Name, long Ms)[] Table =
    [
        ("1s", Second), ("1m", Minute), ("3m", 3 * Minute), ("5m", 5 * Minute), ("15m", 15 * Minute), ("30m", 30 * Minute),
        ("1h", Hour), ("2h", 2 * Hour), ("4h", 4 * Hour), ("6h", 6 * Hour), ("8h", 8 * Hour), ("12h", 12 * Hour),
        ("1d", Day), ("3d", 3 * Day), ("1w", 7 * Day), ("1M", 0),
    ];

    private readonly long _ms;

    private Interval(string name, long ms)
    {
        Name = name;
        _ms = ms;
    }

    /// <summary>The Binance name, e.g. <c>4h</c>. Case matters: <c>1m</c> is a minute, <c>1M</c> a month.</summary>
    public string Name { get; }

    /// <summary>True for <c>1M</c>, whose length varies with the month.</summary>
    public bool IsCalendarMonth => _ms == 0 && Name is not null;

    /// <summary>The fixed length in milliseconds; for <c>1M</c> a nominal 30 days (use <see cref="Next"/> for exact steps).</summary>
    public long Milliseconds => IsCalendarMonth ? 30 * Day : _ms;

    /// <summary>The fixed length as a <see cref="TimeSpan"/> (nominal 30 days for <c>1M</c>).</summary>
    public TimeSpan Duration => TimeSpan.FromMilliseconds(Milliseconds);

    /// <summary>How many bars of this interval make a 365-day year (for annualisation).</summary>
    public double BarsPerYear => IsCalendarMonth ? 12.0 : 365.0 * Day / _ms;

    /// <summary>Every interval Binance serves, shortest first.</summary>
    public static IReadOnlyList<Interval> All { get; } = Array.ConvertAll(Table, t => new Interval(t.Name, t.Ms));

    /// <summary>The names of <see cref="All"/>, for completers and help.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Table, t => t.Name);

    /// <summary>One minute.</summary>
    public static Interval OneMinute => All[1];

    /// <summary>One hour.</summary>
    public static Interval OneHour => All[6];

    /// <summary>Four hours.</summary>
    public static Interval FourHours => All[8];

    /// <summary>One day.</summary>
    public static Interval OneDay => All[12];

    /// <summary>Parses a Binance interval name; also accepts <c>60m</c>-style equivalents such as <c>60m</c>, <c>24h</c>, <c>7d</c>.</summary>
    /// <exception cref="BacktestException">The text is not an interval.</exception>
    public static Interval Parse(string text) =>
        TryParse(text, out var interval)
            ? interval
            : throw new BacktestException(ErrorKind.InvalidArgument,
                $"'{text}' is not an interval; expected one of {string.Join(", ", Names)}.", "Interval");

    /// <summary>Tries to parse an interval name.</summary>
    public static bool TryParse(string? text, out Interval interval)
    {
        interval = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var candidate in All)
        {
            if (candidate.Name == text) { interval = candidate; return true; }
        }
        if (text.Length < 2 || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        long unit = text[^1] switch { 's' => Second, 'm' => Minute, 'h' => Hour, 'd' => Day, 'w' => 7 * Day, _ => 0 };
        if (unit == 0) return false;
        foreach (var candidate in All)
        {
            if (candidate._ms == n * unit) { interval = candidate; return true; }
        }
        return false;
    }

    /// <summary>The open time (epoch ms) of the bucket that contains <paramref name="epochMs"/>.</summary>
    public long Floor(long epochMs)
    {
        if (IsCalendarMonth)
        {
            var t = DateTimeOffset.FromUnixTimeMilliseconds(epochMs).UtcDateTime;
            return new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        }
        long origin = _ms == 7 * Day ? WeekOrigin : 0;
        long offset = epochMs - origin;
        long q = offset / _ms;
        if (offset % _ms < 0) q--;
        return q * _ms + origin;
    }

    /// <summary>The open time (epoch ms) of the bucket after the one that opens at <paramref name="openTimeMs"/>.</summary>
    public long Next(long openTimeMs) => IsCalendarMonth
        ? DateTimeOffset.FromUnixTimeMilliseconds(openTimeMs).AddMonths(1).ToUnixTimeMilliseconds()
        : openTimeMs + _ms;

    /// <summary>
    /// True when every bucket of this interval is an exact union of buckets of <paramref name="finer"/>
    /// (so candles of <paramref name="finer"/> can be resampled to this interval).
    /// </summary>
    public bool IsWholeMultipleOf(Interval finer)
    {
        if (finer.IsCalendarMonth) return IsCalendarMonth;
        if (IsCalendarMonth) return Day % finer._ms == 0;
        if (_ms <= finer._ms || _ms % finer._ms != 0) return false;
        long origin = _ms == 7 * Day ? WeekOrigin : 0;
        return origin % finer._ms == 0;
    }

    /// <inheritdoc />
    public int CompareTo(Interval other) => Milliseconds.CompareTo(other.Milliseconds);

    /// <summary>Orders by length.</summary>
    public static bool operator <(Interval left, Interval right) => left.CompareTo(right) < 0;

    /// <summary>Orders by length.</summary>
    public static bool operator >(Interval left, Interval right) => left.CompareTo(right) > 0;

    /// <summary>Orders by length.</summary>
    public static bool operator <=(Interval left, Interval right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by length.</summary>
    public static bool operator >=(Interval left, Interval right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Empty;
}
