using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backtest.Engine.Indicators;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>Prints the indicator catalog: names, titles, parameters with default and range, outputs.</summary>
internal static class IndicatorCatalogWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<IndicatorEntry> entries, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(writer, entries); break;
            case OutputFormat.Json: WriteJson(writer, entries); break;
            default: WriteTable(writer, entries); break;
        }
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<IndicatorEntry> entries)
    {
        var console = TableConsole.For(writer);
        var table = new Table().Border(TableBorder.Simple);
        foreach (string column in (string[])["Name", "Title", "Parameters: default (min..max)", "Outputs"]) table.AddColumn(column);
        foreach (var entry in entries)
        {
            string parameters = entry.Parameters.Count == 0 ? "-" : string.Join("\n", entry.Parameters.Select(Describe));
            table.AddRow(Markup.Escape(entry.Name), Markup.Escape(entry.Title), Markup.Escape(parameters), Markup.Escape(string.Join(", ", entry.Outputs)));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape($"{entries.Count} indicators. Use: backtest indicators --input FILE --indicator 'Name(p1,p2,...)'; " +
            "columns are Name.Output; omitted parameters take their defaults."));
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<IndicatorEntry> entries)
    {
        writer.Write("name,title,inputs,parameters,outputs,aliases\n");
        foreach (var entry in entries)
        {
            string[] cells =
            [
                entry.Name, entry.Title, entry.Inputs.ToString().Replace(", ", ";", StringComparison.Ordinal),
                string.Join("; ", entry.Parameters.Select(Describe)), string.Join(";", entry.Outputs), string.Join(";", entry.Aliases),
            ];
            writer.Write(string.Join(',', cells.Select(Cell)) + "\n");
        }
    }

    private static void WriteJson(TextWriter writer, IReadOnlyList<IndicatorEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("name", entry.Name);
                json.WriteString("title", entry.Title);
                json.WriteString("signature", entry.Signature);
                WriteStrings(json, "inputs", entry.Inputs.ToString().Split(", "));
                WriteStrings(json, "aliases", entry.Aliases);
                json.WriteStartArray("parameters");
                foreach (var p in entry.Parameters)
                {
                    json.WriteStartObject();
                    json.WriteString("name", p.Name);
                    json.WriteString("description", p.Description);
                    json.WriteNumber("default", p.Default);
                    json.WriteNumber("min", p.Min);
                    json.WriteNumber("max", p.Max);
                    json.WriteNumber("step", p.Step);
                    json.WriteBoolean("integer", p.IsInteger);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                WriteStrings(json, "outputs", entry.Outputs);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static string Describe(IndicatorParameter p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.Name} = {p.Default} ({p.Min}..{p.Max})");

    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
