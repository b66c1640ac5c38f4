using System.Text;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Where the candle fields sit in a CSV file, decided from its first non-blank line: either a header
/// whose names are matched case-insensitively (ignoring spaces, underscores and dotted prefixes such as
/// <c>Candlestick.</c>), or no header at all when that line already holds numbers (the data.binance.vision
/// kline dumps: 12 columns, quote volume in column 8 and trade count in column 9).
/// </summary>
internal sealed class CsvLayout
{
    private static readonly string[] TimeNames = ["opentime", "timestamp", "datetime", "date", "time", "unix", "ts"];
    private static readonly string[] OpenNames = ["open", "o"];
    private static readonly string[] HighNames = ["high", "h"];
    private static readonly string[] LowNames = ["low", "l"];
    private static readonly string[] CloseNames = ["close", "c"];
    private static readonly string[] VolumeNames = ["volume", "vol", "v", "basevolume"];
    private static readonly string[] QuoteVolumeNames = ["quotevolume", "quoteassetvolume", "quotevol", "volumequote"];
    private static readonly string[] TradesNames = ["trades", "count", "numberoftrades", "tradecount", "numtrades"];

    private CsvLayout(byte delimiter, bool hasHeader, CsvColumnRole[] roles, string[] names)
    {
        Delimiter = delimiter;
        HasHeader = hasHeader;
        Roles = roles;
        Names = names;
    }

    /// <summary>The field separator.</summary>
    public byte Delimiter { get; }

    /// <summary>True when the first line was a header (and holds no candle).</summary>
    public bool HasHeader { get; }

    /// <summary>The role of each column up to the last one the reader needs; a row must have at least this many fields.</summary>
    public CsvColumnRole[] Roles { get; }

    /// <summary>Column names for messages (the header text, or the layout's names when there is no header).</summary>
    public string[] Names { get; }

    /// <summary>Decides the layout from the first non-blank line (BOM and CR already removed).</summary>
    public static CsvLayout Detect(ReadOnlySpan<byte> line, string file)
    {
        byte delimiter = DetectDelimiter(line);
        var fields = Split(line, delimiter);
        if (LooksLikeData(fields)) return Headerless(delimiter, fields.Count);

        var normalized = fields.ConvertAll(Normalize);
        var roles = new CsvColumnRole[fields.Count];
        int time = FindTime(normalized);
        if (time < 0) throw Missing(file, fields, "date/time", "date, time, timestamp, datetime, open_time (or an empty first name)");
        roles[time] = CsvColumnRole.Time;
        Assign(roles, normalized, OpenNames, CsvColumnRole.Open, required: true, file, fields);
        Assign(roles, normalized, HighNames, CsvColumnRole.High, required: true, file, fields);
        Assign(roles, normalized, LowNames, CsvColumnRole.Low, required: true, file, fields);
        Assign(roles, normalized, CloseNames, CsvColumnRole.Close, required: true, file, fields);
        Assign(roles, normalized, VolumeNames, CsvColumnRole.Volume, required: false, file, fields);
        Assign(roles, normalized, QuoteVolumeNames, CsvColumnRole.QuoteVolume, required: false, file, fields);
        Assign(roles, normalized, TradesNames, CsvColumnRole.Trades, required: false, file, fields);
        int used = Array.FindLastIndex(roles, r => r != CsvColumnRole.Ignored) + 1;
        return new CsvLayout(delimiter, hasHeader: true, roles[..used], fields.Take(used).Select(f => f.Length == 0 ? "(unnamed)" : f).ToArray());
    }

    private static CsvLayout Headerless(byte delimiter, int fieldCount)
    {
        CsvColumnRole[] roles = fieldCount >= 11
            ? [CsvColumnRole.Time, CsvColumnRole.Open, CsvColumnRole.High, CsvColumnRole.Low, CsvColumnRole.Close, CsvColumnRole.Volume,
               CsvColumnRole.Ignored, CsvColumnRole.QuoteVolume, CsvColumnRole.Trades]
            : fieldCount >= 6
                ? [CsvColumnRole.Time, CsvColumnRole.Open, CsvColumnRole.High, CsvColumnRole.Low, CsvColumnRole.Close, CsvColumnRole.Volume]
                : [CsvColumnRole.Time, CsvColumnRole.Open, CsvColumnRole.High, CsvColumnRole.Low, CsvColumnRole.Close];
        string[] names = ["open_time", "open", "high", "low", "close", "volume", "close_time", "quote_volume", "trades"];
        return new CsvLayout(delimiter, hasHeader: false, roles, names[..roles.Length]);
    }

    /// <summary>A first line is data, not a header, when it has at least five fields and fields 2–5 are numbers.</summary>
    private static bool LooksLikeData(List<string> fields)
    {
        if (fields.Count < 5) return false;
        for (int i = 1; i <= 4; i++)
        {
            if (!Utf8Number.TryParseDouble(Encoding.UTF8.GetBytes(fields[i]), out _)) return false;
        }
        return true;
    }

    private static int FindTime(List<string> normalized)
    {
        foreach (var name in TimeNames)
        {
            int index = normalized.IndexOf(name);
            if (index >= 0) return index;
        }
        // pandas writes its index with an empty name: ",Open,High,Low,Close,Volume".
        return normalized.Count > 0 && normalized[0].Length == 0 ? 0 : -1;
    }

    private static void Assign(CsvColumnRole[] roles, List<string> normalized, string[] names, CsvColumnRole role, bool required, string file, List<string> fields)
    {
        foreach (var name in names)
        {
            int index = normalized.IndexOf(name);
            if (index >= 0 && roles[index] == CsvColumnRole.Ignored)
            {
                roles[index] = role;
                return;
            }
        }
        if (required) throw Missing(file, fields, role.ToString().ToLowerInvariant(), string.Join(" or ", names));
    }

    private static BacktestException Missing(string file, List<string> fields, string what, string expected) =>
        new(ErrorKind.InvalidData,
            $"{file}, line 1: the header '{string.Join(",", fields)}' has no {what} column; expected a column named {expected}.", file);

    /// <summary>Lower case, letters and digits only, after the last dot (<c>Candlestick.Open</c> → <c>open</c>).</summary>
    private static string Normalize(string name)
    {
        int dot = name.LastIndexOf('.');
        var builder = new StringBuilder(name.Length);
        foreach (char ch in name.AsSpan(dot + 1))
        {
            if (char.IsAsciiLetterOrDigit(ch)) builder.Append(char.ToLowerInvariant(ch));
        }
        return builder.ToString();
    }

    private static byte DetectDelimiter(ReadOnlySpan<byte> line)
    {
        byte best = (byte)',';
        int bestCount = line.Count((byte)',');
        foreach (byte candidate in (ReadOnlySpan<byte>)[(byte)';', (byte)'\t', (byte)'|'])
        {
            int count = line.Count(candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<string> Split(ReadOnlySpan<byte> line, byte delimiter)
    {
        var fields = new List<string>();
        foreach (var range in line.Split(delimiter))
        {
            fields.Add(Encoding.UTF8.GetString(CsvField.Trim(line[range])));
        }
        return fields;
    }
}
