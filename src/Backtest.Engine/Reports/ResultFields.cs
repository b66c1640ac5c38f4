using System.Collections;
using System.Reflection;
using System.Text.Json;
using Backtest.Engine.Data;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Reports;

/// <summary>
/// The flat fields of a <see cref="BacktestResult"/> as reports write them: every public scalar property in declaration
/// order, named in snake_case (<c>TotalReturnPct</c> → <c>total_return_pct</c>). One list, so the CSV, the JSON and
/// the CLI's table never disagree on what a result holds.
/// </summary>
public static class ResultFields
{
    private static readonly PropertyInfo[] Properties =
        [.. typeof(BacktestResult).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && IsScalar(p.PropertyType))
            .OrderBy(p => p.MetadataToken)];

    /// <summary>Field names in order, snake_case.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Properties.Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))];

    /// <summary>The values of <paramref name="result"/>'s fields, in <see cref="Names"/> order.</summary>
    public static object?[] Values(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Array.ConvertAll(Properties, p => p.GetValue(result));
    }

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateTime) || type == typeof(TimeSpan)
            || type == typeof(Interval) || (type.IsValueType && !typeof(IEnumerable).IsAssignableFrom(type));
    }
}
