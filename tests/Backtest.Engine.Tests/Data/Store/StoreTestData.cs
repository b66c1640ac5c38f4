using System.Runtime.InteropServices;
using Backtest.Engine.Data;


namespace Backtest.Engine.Tests.Data.Store;

/// <summary>The real candle files the store tests use, read once, and a bit-exact comparison.</summary>
internal static class StoreTestData
{
    private static readonly Lazy<CandleSeries> SpotDaily = new(() => Load("binance/spot/BTCUSDT-1d.csv", "BTCUSDT", "1d"));
    private static readonly Lazy<CandleSeries> SpotHourly = new(() => Load("binance/spot/BTCUSDT-1h.csv.gz", "BTCUSDT", "1h"));
    private static readonly Lazy<CandleSeries> XrpDaily = new(() => Load("binance/spot/basket/XRPUSDT-1d.csv", "XRPUSDT", "1d"));
    private static readonly Lazy<CandleSeries> FuturesDaily = new(() => Load("binance/futures_um/BTCUSDT-1d.csv", "BTCUSDT", "1d", Market.UsdMFutures));

    /// <summary>Spot BTCUSDT 1d, 3063 rows, no gaps; quote volume empty (NaN), trades present.</summary>
    public static CandleSeries Spot1d => SpotDaily.Value;

    /// <summary>Spot BTCUSDT 1h, 45024 rows with 27 real exchange gaps (127 missing hours).</summary>
    public static CandleSeries Spot1h => SpotHourly.Value;

    /// <summary>Spot XRPUSDT 1d: quote volume and trades both unknown (NaN / -1).</summary>
    public static CandleSeries Xrp1d => XrpDaily.Value;

    /// <summary>USD-M BTCUSDT 1d with every field present.</summary>
    public static CandleSeries Futures1d => FuturesDaily.Value;

    /// <summary>Epoch milliseconds of a UTC date and hour.</summary>
    public static long Ms(int year, int month, int day, int hour = 0) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>A UTC <see cref="DateTime"/>.</summary>
    public static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>Asserts the two series hold the same candles bit for bit (NaN payloads and -1 trades included).</summary>
    public static void AssertSameCandles(CandleSeries expected, CandleSeries actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.OpenTimeMs.ToArray(), actual.OpenTimeMs.ToArray());
        Assert.Equal(Bits(expected.Open), Bits(actual.Open));
        Assert.Equal(Bits(expected.High), Bits(actual.High));
        Assert.Equal(Bits(expected.Low), Bits(actual.Low));
        Assert.Equal(Bits(expected.Close), Bits(actual.Close));
        Assert.Equal(Bits(expected.Volume), Bits(actual.Volume));
        Assert.Equal(Bits(expected.QuoteVolume), Bits(actual.QuoteVolume));
        Assert.Equal(expected.Trades.ToArray(), actual.Trades.ToArray());
    }

    private static long[] Bits(ReadOnlySpan<double> values) => MemoryMarshal.Cast<double, long>(values).ToArray();

    private static CandleSeries Load(string relative, string symbol, string interval, Market market = Market.Spot) =>
        BinanceCsv.Read(SharedData.Path(relative), symbol, Interval.Parse(interval), market);
}
