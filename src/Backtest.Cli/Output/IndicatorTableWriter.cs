using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// Prints an <see cref="IndicatorTable"/>: one row per candle in the input's order, <c>time</c> (ISO 8601 UTC) then one
/// column per indicator output. Undefined values (warm-up) are empty cells in CSV and null in JSON; values are
/// written round-trip exact.
/// </summary>
internal static class IndicatorTableWriter
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static void WriteCsv(TextWriter writer, IndicatorTable table)
    {
        writer.Write("time");
        foreach (string header in table.Headers) writer.Write("," + Cell(header));
        writer.Write('\n');
        var line = new StringBuilder(32 + (24 * table.Columns.Count));
        var times = table.Series.OpenTimeMs;
        for (int i = 0; i < times.Length; i++)
        {
            line.Clear();
            line.Append(Time(times[i]));
            foreach (double[] column in table.Columns)
            {
                line.Append(',');
                double v = column[i];
                if (double.IsFinite(v)) line.Append(v.ToString("R", CultureInfo.InvariantCulture));
                else if (!double.IsNaN(v)) line.Append(v > 0 ? "Infinity" : "-Infinity");
            }
            line.Append('\n');
            writer.Write(line);
        }
    }

    public static void WriteJson(TextWriter writer, IndicatorTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var s = table.Series;
            // An array of per-file objects, like the candles command's per-symbol sets.
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("source", s.Source);
            json.WriteString("symbol", s.Symbol);
            json.WriteString("interval", s.Interval.Name);
            json.WriteNumber("count", s.Count);
            json.WriteBoolean("reordered", table.WasReordered);
            json.WriteStartArray("indicators");
            int header = 0;
            foreach (var result in table.Results)
            {
                var entry = IndicatorCatalog.Find(result.Indicator);
                json.WriteStartObject();
                json.WriteString("name", entry.Name);
                json.WriteString("title", entry.Title);
                json.WriteStartObject("parameters");
                for (int p = 0; p < entry.Parameters.Count; p++) json.WriteNumber(entry.Parameters[p].Name, result.Parameters[p]);
                json.WriteEndObject();
                json.WriteStartArray("columns");
                foreach (var _ in result.OutputNames) json.WriteStringValue(table.Headers[header++]);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            for (int i = 0; i < s.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("time", Time(s.OpenTimeMs[i]));
                for (int c = 0; c < table.Columns.Count; c++)
                {
                    double v = table.Columns[c][i];
                    // JSON has no NaN or infinity: every undefined value is null.
                    if (double.IsFinite(v)) json.WriteNumber(table.Headers[c], v); else json.WriteNull(table.Headers[c]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }

    public static void WriteTable(TextWriter writer, IndicatorTable table, int tail)
    {
        var console = TableConsole.For(writer);
        var s = table.Series;
        console.MarkupLine($"[bold]{Markup.Escape(s.ToString())}[/]  source: {Markup.Escape(s.Source)}");
        var grid = new Table().Border(TableBorder.Simple);
        grid.AddColumn(new TableColumn("time (UTC)"));
        foreach (string header in table.Headers) grid.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        int from = Math.Max(0, s.Count - Math.Max(tail, 0));
        for (int i = from; i < s.Count; i++)
        {
            var cells = new List<string> { CandleSeries.ToUtc(s.OpenTimeMs[i]).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) };
            cells.AddRange(table.Columns.Select(c => double.IsNaN(c[i]) ? "" : TableConsole.Number(c[i])));
            grid.AddRow([.. cells.Select(Markup.Escape)]);
        }
        console.Write(grid);
        if (from > 0) console.MarkupLine($"[grey]({from:N0} earlier rows not shown; --tail N or --format csv shows them)[/]");
    }

    private static string Time(long openTimeMs) => CandleSeries.ToUtc(openTimeMs).ToString(TimeFormat, CultureInfo.InvariantCulture);

    // Headers of an indicator asked for twice carry its parameters, e.g. "Macd(12,26,9).Macd": quote those.
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
