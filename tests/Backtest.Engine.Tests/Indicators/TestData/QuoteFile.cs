using System.Globalization;
using System.IO.Compression;
using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>
/// Test-side reader for the reference quote files. It mimics Stock.Indicators' test importer (so published
/// expectations line up row for row): first six columns are date, open, high, low, close, volume; a value
/// that does not parse becomes 0 and a date that does not parse becomes <see cref="DateTime.MinValue"/>;
/// rows are stably sorted by date and the last <c>take</c> rows kept. Binance files (epoch-ms first column,
/// optionally gzip) are read as they are.
/// </summary>
internal static class QuoteFile
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "MM/dd/yy", "M/d/yyyy", "M/d/yy", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Reads <c>../shared/data/&lt;relative&gt;</c>; <paramref name="take"/> keeps the most recent rows.</summary>
    public static CandleSeries Read(string relative, int? take = null)
    {
        string path = SharedData.Path(relative);
        var rows = new List<(DateTime Time, double[] Values)>();
        using (var reader = OpenText(path))
        {
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                string[] cells = line.Split(',');
                var values = new double[5];
                for (int c = 0; c < 5; c++) values[c] = ParseNumber(cells.Length > c + 1 ? cells[c + 1] : "");
                rows.Add((ParseTime(cells[0]), values));
            }
        }
        var ordered = rows.OrderBy(r => r.Time).ToList();
        if (take is int n && n < ordered.Count) ordered = ordered.GetRange(ordered.Count - n, n);

        var builder = new CandleSeriesBuilder(ordered.Count);
        foreach (var (time, v) in ordered)
        {
            builder.Add(time == DateTime.MinValue ? long.MinValue / 2 : CandleSeries.ToEpochMs(time), v[0], v[1], v[2], v[3], v[4]);
        }
        return builder.Build("TEST", Market.Spot, Interval.Parse("1d"), path);
    }

    /// <summary>A series whose open, high, low and close all equal <paramref name="values"/> (how a chained indicator sees a result).</summary>
    public static CandleSeries FromValues(IReadOnlyList<double> values)
    {
        var builder = new CandleSeriesBuilder(values.Count);
        for (int i = 0; i < values.Count; i++) builder.Add(i * 86_400_000L, values[i], values[i], values[i], values[i], 0);
        return builder.Build("VALUES", Market.Spot, Interval.Parse("1d"), "test");
    }

    /// <summary>The dates of the rows as the reader ordered them (yyyy-MM-dd).</summary>
    public static string DateOf(CandleSeries series, int index) =>
        CandleSeries.ToUtc(series.OpenTimeMs[index]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static StreamReader OpenText(string path) => path.EndsWith(".gz", StringComparison.Ordinal)
        ? new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        : new StreamReader(path);

    // Stock.Indicators parses through decimal; decimal → double of a short decimal is the nearest double,
    // exactly what double.Parse gives, so parsing as double directly yields the same inputs.
    private static double ParseNumber(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : 0;

    private static DateTime ParseTime(string cell)
    {
        cell = cell.Trim().TrimStart('\uFEFF');
        if (long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long epochMs) && cell.Length >= 12)
        {
            return CandleSeries.ToUtc(epochMs);
        }
        return DateTime.TryParseExact(cell, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : DateTime.MinValue;
    }
}
