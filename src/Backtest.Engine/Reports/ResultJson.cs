using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Reports;

/// <summary>
/// A result as JSON (<c>result.json</c>, and the CLI's <c>--format json</c>): every field of <see cref="ResultFields"/>
/// in snake_case, plus <c>trades</c> (the number of entries filled) and <c>final_equity</c>. Non-finite numbers are null.
/// </summary>
public static class ResultJson
{
    /// <summary>Writes one result object.</summary>
    public static void Write(Utf8JsonWriter json, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartObject();
        var names = ResultFields.Names;
        var values = ResultFields.Values(result);
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] is "trades" or "final_equity") continue;
            WriteValue(json, names[i], values[i]);
        }
        json.WriteNumber("trades", result.Trades);
        WriteValue(json, "final_equity", result.FinalEquity);
        json.WriteEndObject();
    }

    /// <summary>One result, or an array of several, as indented UTF-8 JSON text.</summary>
    public static string ToText(IReadOnlyList<BacktestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            if (results.Count == 1) Write(json, results[0]);
            else
            {
                json.WriteStartArray();
                foreach (var result in results) Write(json, result);
                json.WriteEndArray();
            }
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static JsonWriterOptions Options => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d): json.WriteNumber(name, d); break;
            case double: json.WriteNull(name); break;
            case int n: json.WriteNumber(name, n); break;
            case long l: json.WriteNumber(name, l); break;
            case bool b: json.WriteBoolean(name, b); break;
            case null: json.WriteNull(name); break;
            default: json.WriteString(name, ReportText.Format(value)); break;
        }
    }
}
