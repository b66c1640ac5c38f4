using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Reads a candle CSV file into a <see cref="CandleSeries"/>, fast. Layouts are detected, not configured:
/// <list type="bullet">
/// <item>the project's Binance layout <c>open_time,open,high,low,close,volume,quote_volume,trades</c> (epoch ms; the last two may be empty);</item>
/// <item>any OHLCV file with a date column (date, time, timestamp, datetime, open_time, a dotted <c>Candlestick.Time</c>, or pandas'
/// unnamed first column), dates as ISO text, US <c>M/d/yyyy</c>, or epoch seconds/milliseconds/microseconds told apart by magnitude;
/// volume optional; other columns ignored;</item>
/// <item>data.binance.vision kline dumps: no header, 12 columns, open time in milliseconds or microseconds;</item>
/// <item>any of these gzip-compressed, or as the single CSV inside a zip.</item>
/// </list>
/// Rows are kept in file order, whatever it is: unsorted, duplicate, NaN, zero or negative values are the
/// data-quality report's business (<see cref="Quality.DataQualityChecker"/>), never silently dropped. A row
/// that cannot be read at all stops the read with <see cref="ErrorKind.InvalidData"/> naming file, line, column,
/// text and expectation. Nothing but <see cref="BacktestException"/> escapes for bad content; a missing file
/// is <see cref="ErrorKind.NotFound"/>.
/// </summary>
public static class CsvCandleReader
{
    /// <summary>Inputs at least this large (decompressed) are read on a second thread while the first parses.</summary>
    private const long OverlapThreshold = 4L << 20;

    /// <summary>Reads the candle file at <paramref name="path"/>.</summary>
    /// <exception cref="BacktestException">The file is missing (NotFound), unreadable (Storage), or its content is not candles (InvalidData).</exception>
    public static CandleSeries Read(string path, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BacktestException(ErrorKind.NotFound, $"The candle file '{path}' does not exist.", path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BacktestException(ErrorKind.Storage, $"The candle file '{path}' cannot be opened: {ex.Message}", path, ex);
        }
        using (stream)
        {
            return Read(stream, path, options, cancellationToken);
        }
    }

    /// <summary>
    /// Reads candles from <paramref name="stream"/>. <paramref name="name"/> is the file name or path: it appears in
    /// messages and, when it follows <c>SYMBOL-INTERVAL[-anything].csv[.gz|.zip]</c>, names the symbol and interval.
    /// </summary>
    /// <exception cref="BacktestException">The content is not candles (InvalidData) or the stream fails (Storage).</exception>
    public static CandleSeries Read(Stream stream, string name, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new CsvReadOptions();
        string format = "csv";
        try
        {
            using var input = CsvInput.Open(stream, name);
            format = input.Format;
            var parser = new CsvRowParser(name, options.DayFirstDates);
            using (var pipe = new ChunkPipe(input.Data, background: input.EstimatedLength >= OverlapThreshold, cancellationToken))
            {
                try
                {
                    ParseAll(pipe, parser, input.EstimatedLength);
                }
                catch (BacktestException) when (input.Format != "csv")
                {
                    // A damaged archive often shows first as a garbled row: read on to the archive's own check, which
                    // throws InvalidDataException (reported below as truncated or corrupt) when that is the real cause.
                    while (pipe.TryTake(out var buffer, out _)) pipe.Return(buffer);
                    throw;
                }
            }
            if (parser.Layout is null) throw new BacktestException(ErrorKind.InvalidData, $"{name}: the file is empty; expected a CSV header or candle rows.", name);
            var naming = CsvFileName.Parse(name);
            if (naming.Symbol is null && input.EntryName is not null) naming = CsvFileName.Parse(input.EntryName) with { Stem = naming.Stem };
            return CsvSeriesLabel.Build(parser.Builder ?? new CandleSeriesBuilder(16), naming, options, name);
        }
        catch (InvalidDataException ex)
        {
            throw CsvInput.Corrupt(name, format, ex);
        }
        catch (IOException ex)
        {
            throw new BacktestException(ErrorKind.Storage, $"{name}: reading failed: {ex.Message}", name, ex);
        }
    }

    /// <summary>Feeds every chunk to the parser, carrying a line split across two chunks over to the next.</summary>
    private static void ParseAll(ChunkPipe pipe, CsvRowParser parser, long estimatedLength)
    {
        byte[] carry = new byte[256];
        int carried = 0;
        bool sized = false;
        while (pipe.TryTake(out var buffer, out int length))
        {
            var chunk = buffer.AsSpan(0, length);
            if (!sized)
            {
                parser.Reserve(EstimateRows(chunk, estimatedLength));
                sized = true;
            }
            int start = 0;
            if (carried > 0)
            {
                int newline = chunk.IndexOf((byte)'\n');
                int take = newline < 0 ? chunk.Length : newline;
                if (carried + take > carry.Length) Array.Resize(ref carry, Math.Max(carry.Length * 2, carried + take));
                chunk[..take].CopyTo(carry.AsSpan(carried));
                carried += take;
                if (newline < 0)
                {
                    pipe.Return(buffer);
                    continue;
                }
                parser.ParseLine(carry.AsSpan(0, carried));
                carried = 0;
                start = newline + 1;
            }
            start += parser.ParseLines(chunk[start..]);
            var rest = chunk[start..];
            if (rest.Length > carry.Length) Array.Resize(ref carry, rest.Length);
            rest.CopyTo(carry);
            carried = rest.Length;
            pipe.Return(buffer);
        }
        if (carried > 0) parser.ParseLine(carry.AsSpan(0, carried));
    }

    /// <summary>Rows to reserve: the input's length over the first chunk's mean line length, plus a little.</summary>
    private static int EstimateRows(ReadOnlySpan<byte> firstChunk, long estimatedLength)
    {
        int lines = Math.Max(1, firstChunk.Count((byte)'\n'));
        if (estimatedLength <= firstChunk.Length) return lines + 16;
        double perLine = (double)firstChunk.Length / lines;
        return (int)Math.Min(int.MaxValue / 2, estimatedLength / perLine * 1.02 + 16);
    }
}
