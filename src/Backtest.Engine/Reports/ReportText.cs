using System.Globalization;
using Backtest.Engine.Data;

namespace Backtest.Engine.Reports;

/// <summary>How report files spell values: invariant culture, doubles in round-trip form, UTC times in ISO 8601.</summary>
public static class ReportText
{
    /// <summary>A value as a CSV or table cell (empty for null and NaN).</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => Number(d),
        DateTime t => Time(t),
        TimeSpan s => s.ToString("c", CultureInfo.InvariantCulture),
        Interval i => i.Name,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A double in shortest round-trip form; empty for NaN.</summary>
    public static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A UTC time as <c>2024-01-01T06:00:00Z</c>.</summary>
    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A CSV cell, quoted when it holds a comma, quote or line break.</summary>
    public static string Csv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
