using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Data.Quality;

/// <summary>Small hand-made series for quality tests: hourly candles from 2024-01-01 00:00Z.</summary>
public static class TestSeries
{
    /// <summary>2024-01-01T00:00Z in epoch ms.</summary>
    public const long Start = 1704067200000L;

    /// <summary>One hour in ms.</summary>
    public const long Hour = 3_600_000L;

    /// <summary>A series from (hour offset, open, high, low, close, volume) rows, in the given order.</summary>
    public static CandleSeries Hourly(params (long Hour, double Open, double High, double Low, double Close, double Volume)[] rows)
    {
        var builder = new CandleSeriesBuilder(rows.Length);
        foreach (var r in rows) builder.Add(Start + r.Hour * Hour, r.Open, r.High, r.Low, r.Close, r.Volume);
        return builder.Build("TESTUSDT", Market.Spot, Interval.OneHour, "test");
    }

    /// <summary><paramref name="count"/> ordinary candles (range about 1 % of price) at hours 0..count-1.</summary>
    public static (long, double, double, double, double, double)[] Ordinary(int count)
    {
        var rows = new (long, double, double, double, double, double)[count];
        for (int i = 0; i < count; i++)
        {
            double open = 100 + (i % 7), close = open + (i % 3 - 1) * 0.3;
            rows[i] = (i, open, Math.Max(open, close) + 0.4 + (i % 5) * 0.05, Math.Min(open, close) - 0.4 - (i % 4) * 0.05, close, 10 + i % 9);
        }
        return rows;
    }

    /// <summary>A time long after every test series, so no last candle counts as unfinished.</summary>
    public static readonly DateTime Later = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}
