using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// Prints flat result records (quality reports, later backtest results) as a table, CSV or JSON. Columns are the
/// record's public scalar properties in declaration order; collections are left to JSON.
/// </summary>
internal static class RecordWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void WriteJson<T>(TextWriter writer, IReadOnlyList<T> records) =>
        writer.WriteLine(JsonSerializer.Serialize(records, Json));

    public static void WriteCsv<T>(TextWriter writer, IReadOnlyList<T> records)
    {
        var columns = ScalarProperties(typeof(T));
        writer.WriteLine(string.Join(',', columns.Select(c => c.Name)));
        foreach (var record in records)
        {
            writer.WriteLine(string.Join(',', columns.Select(c => Csv(Format(c.GetValue(record))))));
        }
    }

    /// <summary>One two-column (property, value) table per record: reports are wide, people read them down.</summary>
    public static void WriteVertical<T>(IAnsiConsole console, IReadOnlyList<T> records, Func<T, string> title)
    {
        var columns = ScalarProperties(typeof(T));
        foreach (var record in records)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title(record)));
            table.AddColumn("Property");
            table.AddColumn("Value");
            foreach (var c in columns) table.AddRow(Markup.Escape(c.Name), Markup.Escape(Format(c.GetValue(record))));
            console.Write(table);
        }
    }

    internal static PropertyInfo[] ScalarProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .OrderBy(p => p.MetadataToken)];

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(TimeSpan) || type == typeof(Engine.Data.Interval) || !typeof(IEnumerable).IsAssignableFrom(type) && type.IsValueType;
    }

    internal static string Format(object? value) => value switch
    {
        null => "",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
