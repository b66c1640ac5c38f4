using System.Globalization;
using System.Text;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Csv;

/// <summary>gzip and zip inputs: read transparently, and a damaged archive is named as truncated or corrupt.</summary>
public class CsvCandleReaderArchiveTests
{
    private static readonly CandleSeries Source = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-4h.csv.gz"));

    /// <summary>Real rows rewritten in the data.binance.vision kline layout: no header, 12 columns.</summary>
    private static string BinanceVisionKlines(CandleSeries series, int rows, long timeScale)
    {
        var text = new StringBuilder();
        for (int i = 0; i < rows; i++)
        {
            long open = series.OpenTimeMs[i], close = open + series.Interval.Milliseconds - 1;
            text.Append(CultureInfo.InvariantCulture,
                $"{open * timeScale},{series.Open[i]:R},{series.High[i]:R},{series.Low[i]:R},{series.Close[i]:R},{series.Volume[i]:R},{close * timeScale + (timeScale - 1)},{series.QuoteVolume[i]:R},{series.Trades[i]},0,0,0\n");
        }
        return text.ToString();
    }

    private static void AssertReportedCorrupt(string path, string format)
    {
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(path));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{format} data is truncated or corrupt", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertSameRows(CandleSeries expected, CandleSeries actual, int rows)
    {
        Assert.Equal(rows, actual.Count);
        for (int i = 0; i < rows; i++) Assert.Equal(expected[i], actual[i]);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1000L)]
    public void BinanceVisionZip_WithMillisecondOrMicrosecondTimes_ReadsLikeTheSourceRows(long timeScale)
    {
        const int Rows = 744;
        using var zip = TempFile.WithZip("BTCUSDT-4h-2021-01.zip", ("BTCUSDT-4h-2021-01.csv", BinanceVisionKlines(Source, Rows, timeScale)));

        var series = CsvCandleReader.Read(zip.Path);

        Assert.Equal("BTCUSDT", series.Symbol);
        Assert.Equal(Interval.FourHours, series.Interval);
        AssertSameRows(Source, series, Rows);
        Assert.Equal(Source.Trades[0], series.Trades[0]);
        Assert.Equal(Source.QuoteVolume[0], series.QuoteVolume[0]);
    }

    [Fact]
    public void BinanceVisionFuturesDumpWithHeader_ReadsTheCountColumnAsTrades()
    {
        string header = "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_volume,ignore\n";
        using var zip = TempFile.WithZip("BTCUSDT-4h-2021-01.zip", ("BTCUSDT-4h-2021-01.csv", header + BinanceVisionKlines(Source, 10, 1)));

        var series = CsvCandleReader.Read(zip.Path);

        AssertSameRows(Source, series, 10);
    }

    [Fact]
    public void ZipNamedOtherwise_TakesSymbolAndIntervalFromItsEntry()
    {
        using var zip = TempFile.WithZip("download.zip", ("ETHUSDT-4h-2021-01.csv", BinanceVisionKlines(Source, 5, 1)));
        var series = CsvCandleReader.Read(zip.Path);
        Assert.Equal("ETHUSDT", series.Symbol);
        Assert.Equal(Interval.FourHours, series.Interval);
    }

    [Fact]
    public void ZipWithTwoCsvFiles_SaysWhichItHolds()
    {
        using var zip = TempFile.WithZip("two.zip", ("a.csv", "x"), ("b.csv", "y"));
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(zip.Path));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("a.csv, b.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected exactly one CSV file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedZip_IsNamedTruncatedOrCorrupt()
    {
        using var whole = TempFile.WithZip("BTCUSDT-4h-2021-01.zip", ("BTCUSDT-4h-2021-01.csv", BinanceVisionKlines(Source, 200, 1)));
        byte[] bytes = File.ReadAllBytes(whole.Path);
        using var cut = TempFile.WithBytes("BTCUSDT-4h-2021-01.zip", bytes[..(bytes.Length / 2)]);

        AssertReportedCorrupt(cut.Path, "zip");
    }

    [Fact]
    public void GzipFile_ReadsLikeThePlainText()
    {
        string text = File.ReadAllText(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        using var gz = TempFile.WithGzip("BTCUSDT-1d.csv.gz", text);
        var plain = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));

        AssertSameRows(plain, CsvCandleReader.Read(gz.Path), plain.Count);
    }

    [Theory]
    [InlineData(0.999)]
    [InlineData(0.5)]
    [InlineData(0.05)]
    public void TruncatedGzip_IsNamedTruncatedOrCorrupt(double keep)
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"));
        using var cut = TempFile.WithBytes("BTCUSDT-1h.csv.gz", bytes[..(int)(bytes.Length * keep)]);

        AssertReportedCorrupt(cut.Path, "gzip");
    }

    [Fact]
    public void TruncatedLargeGzip_ThroughTheOverlappedReader_IsNamedTruncated()
    {
        // The daily file repeated past 4 MB decompressed, so the background reader is the one that meets the cut.
        string text = File.ReadAllText(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var big = new StringBuilder(text);
        while (big.Length < 6_000_000) big.Append(text.AsSpan(text.IndexOf('\n', StringComparison.Ordinal) + 1));
        byte[] gz = TempFile.Gzip(Encoding.UTF8.GetBytes(big.ToString()));
        using var cut = TempFile.WithBytes("BTCUSDT-1d.csv.gz", gz[..(gz.Length - 3)]);

        AssertReportedCorrupt(cut.Path, "gzip");
    }

    [Fact]
    public void CorruptGzip_IsNamedTruncatedOrCorrupt()
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        byte[] gz = TempFile.Gzip(bytes);
        for (int i = gz.Length / 3; i < gz.Length / 3 + 64; i++) gz[i] ^= 0x5A;
        using var broken = TempFile.WithBytes("BTCUSDT-1d.csv.gz", gz);

        AssertReportedCorrupt(broken.Path, "gzip");
    }

    [Fact]
    public void GzipWhoseTrailerClaimsFourGigabytes_IsReportedCorrupt()
    {
        byte[] gz = TempFile.Gzip(File.ReadAllBytes(SharedData.Path("binance/spot/BTCUSDT-1d.csv")));
        BitConverter.GetBytes(0xFFFF_FFF0u).CopyTo(gz, gz.Length - 4);
        using var forged = TempFile.WithBytes("BTCUSDT-1d.csv.gz", gz);

        AssertReportedCorrupt(forged.Path, "gzip");
    }

    [Fact]
    public void NonSeekableGzipStream_ReadsLikeTheFile()
    {
        byte[] gz = File.ReadAllBytes(SharedData.Path("binance/spot/BTCUSDT-4h.csv.gz"));
        using var stream = new ForwardOnlyStream(gz);

        var series = CsvCandleReader.Read(stream, "BTCUSDT-4h.csv.gz");

        AssertSameRows(Source, series, Source.Count);
    }

    [Fact]
    public void RandomlyDamagedArchives_FailAsCorruptOrReadUnchanged_NeverAsOtherCandles()
    {
        // gzip carries a CRC the inflater checks; zip's CRC the reader checks itself. A damaged byte either breaks
        // the read with "truncated or corrupt" or sat somewhere harmless (a header timestamp), never silently alters a candle.
        byte[] gz = TempFile.Gzip(Encoding.UTF8.GetBytes(BinanceVisionKlines(Source, 300, 1)));
        using var zipFile = TempFile.WithZip("BTCUSDT-4h-2021-01.zip", ("BTCUSDT-4h-2021-01.csv", BinanceVisionKlines(Source, 300, 1)));
        byte[] zip = File.ReadAllBytes(zipFile.Path);
        var random = new Random(11);
        for (int round = 0; round < 200; round++)
        {
            var (name, original) = round % 2 == 0 ? ("BTCUSDT-4h.csv.gz", gz) : ("BTCUSDT-4h-2021-01.zip", zip);
            byte[] bytes = (byte[])original.Clone();
            int at = random.Next(bytes.Length);
            if (random.Next(3) == 0) bytes = bytes[..at];
            else for (int k = 0; k < 1 + random.Next(8); k++) bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
            using var stream = new MemoryStream(bytes);
            try
            {
                AssertSameRows(Source, CsvCandleReader.Read(stream, name), 300);
            }
            catch (BacktestException ex)
            {
                Assert.Equal(ErrorKind.InvalidData, ex.Kind);
                Assert.Contains("truncated or corrupt", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>A stream that cannot seek, like a network response.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
