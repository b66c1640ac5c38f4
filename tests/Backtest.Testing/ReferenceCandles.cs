using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;

namespace Backtest.Testing;

/// <summary>
/// A shared Binance candle file (<c>open_time,open,high,low,close,volume,quote_volume,trades</c>, optionally gzipped)
/// read by a small parser of the tests' own, independent of the engine's CSV reader. Values keep their original text
/// so the fake server can send exactly what the file says; the expected doubles are parsed from that text here.
/// Files are loaded once per test run and shared (read-only).
/// </summary>
public sealed class ReferenceCandles
{
    private static readonly ConcurrentDictionary<string, Lazy<ReferenceCandles>> Cache = new();

    private ReferenceCandles(string relativePath, List<string[]> rows)
    {
        RelativePath = relativePath;
        Count = rows.Count;
        OpenTime = rows.Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).ToArray();
        Text = rows.ToArray();
    }

    /// <summary>Path under <c>shared/data/binance</c>.</summary>
    public string RelativePath { get; }

    /// <summary>Rows in the file.</summary>
    public int Count { get; }

    /// <summary>Open times, epoch ms.</summary>
    public long[] OpenTime { get; }

    /// <summary>The raw fields of every row (8 per row; empty where the file has no value).</summary>
    public string[][] Text { get; }

    /// <summary>Loads (once) a file under <c>shared/data/binance</c>, e.g. <c>spot/BTCUSDT-1h.csv.gz</c>.</summary>
    public static ReferenceCandles Load(string relativePath) =>
        Cache.GetOrAdd(relativePath, p => new Lazy<ReferenceCandles>(() => Read(p))).Value;

    /// <summary>A price/volume field (1..6) of <paramref name="row"/> as a double; NaN where empty.</summary>
    public double Number(int row, int field) =>
        Text[row][field].Length == 0 ? double.NaN : double.Parse(Text[row][field], NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The trade count of <paramref name="row"/>, or -1 where the file has none.</summary>
    public long Trades(int row) => Text[row][7].Length == 0 ? -1 : long.Parse(Text[row][7], CultureInfo.InvariantCulture);

    /// <summary>Index of the first row opening at or after <paramref name="ms"/>.</summary>
    public int LowerBound(long ms)
    {
        int i = Array.BinarySearch(OpenTime, ms);
        return i >= 0 ? i : ~i;
    }

    private static ReferenceCandles Read(string relativePath)
    {
        string path = SharedData.Path("binance/" + relativePath);
        using Stream file = File.OpenRead(path);
        using Stream data = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(data);
        string header = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.");
        if (header != "open_time,open,high,low,close,volume,quote_volume,trades") throw new InvalidDataException($"{path} has header '{header}'.");
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            string[] fields = line.Split(',');
            if (fields.Length != 8) throw new InvalidDataException($"{path} row {rows.Count + 2} has {fields.Length} fields.");
            rows.Add(fields);
        }
        return new ReferenceCandles(relativePath, rows);
    }
}
