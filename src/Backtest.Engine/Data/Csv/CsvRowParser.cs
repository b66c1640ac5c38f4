using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Turns lines of one CSV file into columns. The first non-blank line decides the <see cref="CsvLayout"/>;
/// blank lines and repeats of the header line (monthly files joined with <c>cat</c>) are skipped; a row that cannot be read (too few fields, a number or date that does not
/// parse) stops the read with an <see cref="ErrorKind.InvalidData"/> error naming the file, the 1-based
/// line, the column, the text found and what was expected. Values that parse but are wrong (NaN, zero,
/// unsorted times) are kept for the data-quality report.
/// </summary>
internal sealed class CsvRowParser
{
    private readonly string _file;
    private readonly bool _dayFirst;
    private CsvLayout? _layout;
    private byte[]? _header;
    private CandleSeriesBuilder? _builder;

    /// <summary>Creates a parser for the file called <paramref name="file"/> (used in messages).</summary>
    public CsvRowParser(string file, bool dayFirst)
    {
        _file = file;
        _dayFirst = dayFirst;
    }

    /// <summary>Lines seen so far, blank ones included.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The layout, once the first non-blank line has been seen.</summary>
    public CsvLayout? Layout => _layout;

    /// <summary>The rows read so far, or null before the first row.</summary>
    public CandleSeriesBuilder? Builder => _builder;

    /// <summary>Sizes the column builder; call before the first row when the row count can be estimated.</summary>
    public void Reserve(int rows) => _builder ??= new CandleSeriesBuilder(rows);

    /// <summary>Reads every complete line of <paramref name="text"/> and returns how many bytes it consumed.</summary>
    public int ParseLines(ReadOnlySpan<byte> text)
    {
        int consumed = 0;
        while (true)
        {
            int newline = text[consumed..].IndexOf((byte)'\n');
            if (newline < 0) return consumed;
            ParseLine(text.Slice(consumed, newline));
            consumed += newline + 1;
        }
    }

    /// <summary>Reads one line (without its line feed).</summary>
    public void ParseLine(ReadOnlySpan<byte> line)
    {
        LineNumber++;
        if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        if (LineNumber == 1 && line.StartsWith("\uFEFF"u8)) line = line[3..];
        if (line.IsEmpty || line.Trim(" \t"u8).IsEmpty) return;
        if (_layout is null)
        {
            _layout = CsvLayout.Detect(line, _file);
            if (_layout.HasHeader)
            {
                _header = line.ToArray();
                return;
            }
        }
        else if (_header is not null && line.SequenceEqual(_header))
        {
            return;
        }
        ParseRow(line, _layout);
    }

    private void ParseRow(ReadOnlySpan<byte> line, CsvLayout layout)
    {
        var roles = layout.Roles;
        byte delimiter = layout.Delimiter;
        long time = 0;
        double open = 0, high = 0, low = 0, close = 0, volume = 0, quoteVolume = double.NaN;
        long trades = -1;
        int pos = 0;
        for (int column = 0; column < roles.Length; column++)
        {
            if (pos > line.Length) throw MissingFields(line, layout, column);
            var role = roles[column];
            var rest = line[pos..];
            if (role is >= CsvColumnRole.Open and <= CsvColumnRole.QuoteVolume
                && Utf8Number.TryParseSimpleDecimal(rest, delimiter, out double fast, out int used))
            {
                // The common case: a plain number straight from the line, no field isolation.
                pos += used + 1;
                switch (role)
                {
                    case CsvColumnRole.Open: open = fast; break;
                    case CsvColumnRole.High: high = fast; break;
                    case CsvColumnRole.Low: low = fast; break;
                    case CsvColumnRole.Close: close = fast; break;
                    case CsvColumnRole.Volume: volume = fast; break;
                    default: quoteVolume = fast; break;
                }
                continue;
            }
            if (role == CsvColumnRole.Time && Utf8DateTime.TryParseEpochInteger(rest, delimiter, out time, out used))
            {
                pos += used + 1;
                continue;
            }
            int length = rest.IndexOf(delimiter);
            if (length < 0) length = rest.Length;
            var field = rest[..length];
            pos += length + 1;
            if (role == CsvColumnRole.Ignored) continue;
            if (CsvField.NeedsTrim(field)) field = CsvField.Trim(field);
            switch (role)
            {
                case CsvColumnRole.Time:
                    if (!Utf8DateTime.TryParseEpochMs(field, _dayFirst, out time)) throw Unreadable(layout, column, field, Utf8DateTime.Expected + TimeHint(field));
                    break;
                case CsvColumnRole.Open: open = Number(field, layout, column); break;
                case CsvColumnRole.High: high = Number(field, layout, column); break;
                case CsvColumnRole.Low: low = Number(field, layout, column); break;
                case CsvColumnRole.Close: close = Number(field, layout, column); break;
                case CsvColumnRole.Volume: volume = Number(field, layout, column); break;
                case CsvColumnRole.QuoteVolume: quoteVolume = field.IsEmpty ? double.NaN : Number(field, layout, column); break;
                case CsvColumnRole.Trades: trades = field.IsEmpty ? -1 : Count(field, layout, column); break;
            }
        }
        (_builder ??= new CandleSeriesBuilder()).Add(time, open, high, low, close, volume, quoteVolume, trades);
    }

    private double Number(ReadOnlySpan<byte> field, CsvLayout layout, int column) =>
        Utf8Number.TryParseDouble(field, out double value) ? value : throw Unreadable(layout, column, field, "a number");

    private long Count(ReadOnlySpan<byte> field, CsvLayout layout, int column)
    {
        if (Utf8Number.TryParseInt64(field, out long value) && value >= 0) return value;
        if (Utf8Number.TryParseDouble(field, out double d) && d >= 0 && d == Math.Floor(d) && d < long.MaxValue) return (long)d;
        throw Unreadable(layout, column, field, "a whole number of trades (or an empty field)");
    }

    private string TimeHint(ReadOnlySpan<byte> field) =>
        !_dayFirst && field.IndexOf((byte)'/') > 0 ? " (slashed dates are read month first; set DayFirstDates for day/month/year)" : "";

    private BacktestException Unreadable(CsvLayout layout, int column, ReadOnlySpan<byte> field, string expected)
    {
        string found = field.IsEmpty ? "an empty field" : $"'{CsvField.Show(field)}'";
        return new BacktestException(ErrorKind.InvalidData,
            $"{_file}, line {LineNumber}, column '{layout.Names[column]}' (#{column + 1}): found {found}, expected {expected}.", _file);
    }

    private BacktestException MissingFields(ReadOnlySpan<byte> line, CsvLayout layout, int fieldsFound) =>
        new(ErrorKind.InvalidData,
            $"{_file}, line {LineNumber}: found {fieldsFound} field{(fieldsFound == 1 ? "" : "s")} ('{CsvField.Show(line)}'), expected at least {layout.Roles.Length} " +
            $"({string.Join(",", layout.Names)}); column '{layout.Names[fieldsFound]}' is missing.", _file);
}
