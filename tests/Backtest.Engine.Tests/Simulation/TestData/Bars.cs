using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Simulation.TestData;

/// <summary>Small hand-made hourly series (from 2024-01-01 00:00Z) for hand-computed simulation cases.</summary>
public static class Bars
{
    /// <summary>2024-01-01T00:00Z in epoch ms.</summary>
    public const long Start = 1704067200000L;

    /// <summary>One hour in ms.</summary>
    public const long Hour = 3_600_000L;

    /// <summary>Hourly candles from (open, high, low, close) rows; volume 1000 each.</summary>
    public static CandleSeries Hourly(params (double Open, double High, double Low, double Close)[] rows) =>
        Hourly(rows.Select(r => (r.Open, r.High, r.Low, r.Close, 1000.0)).ToArray());

    /// <summary>Hourly candles from (open, high, low, close, volume) rows.</summary>
    public static CandleSeries Hourly(params (double Open, double High, double Low, double Close, double Volume)[] rows)
    {
        var builder = new CandleSeriesBuilder(rows.Length);
        for (int i = 0; i < rows.Length; i++) builder.Add(Start + i * Hour, rows[i].Open, rows[i].High, rows[i].Low, rows[i].Close, rows[i].Volume);
        return builder.Build("TESTUSDT", Market.Spot, Interval.OneHour, "test");
    }

    /// <summary>Flat bars at <paramref name="price"/> (open = high = low = close).</summary>
    public static (double, double, double, double) Flat(double price) => (price, price, price, price);
}
