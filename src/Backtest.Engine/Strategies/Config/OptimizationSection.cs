namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>optimization</c> (or a seed's <c>optimization_ranges</c>): per strategy parameter, a grid
/// <c>{ min: 5, max: 50, step: 5 }</c> (step defaults to the catalog's) or a list of values <c>[ema, sma]</c> (also
/// <c>{ values: [...] }</c>). Only the syntax is read here; the catalog ranges are checked by <see cref="ConfigValidator"/>.
/// </summary>
internal static class OptimizationSection
{
    public static void Read(ConfigSource source, ConfigNode node, string path, string strategy, ConfigDraft draft, bool aliases = false)
    {
        if (node is not ConfigMap map) throw source.Invalid(node, path, $"got {node.Describe()}; expected a map of parameter names to ranges ({{ min, max, step }} or a list of values)");
        foreach (var entry in map.Entries)
        {
            string name = aliases ? ParameterAliases.Parameter(strategy, entry.Key) : entry.Key;
            string at = $"{path}.{entry.Key}";
            string key = StrategyCatalog.NormalizeName(name);
            if (draft.Optimization.FirstOrDefault(r => StrategyCatalog.NormalizeName(r.Range.Name) == key) is { } earlier)
            {
                throw source.Invalid(entry.Line, at, $"names the parameter '{name}' again (first as {earlier.Path} at line {earlier.Line}); give it once");
            }
            draft.Optimization.Add(new DraftRange(Range(source, entry.Value, at, name), entry.Value.Line, at));
        }
    }

    private static ParameterRange Range(ConfigSource source, ConfigNode node, string path, string name)
    {
        switch (node)
        {
            case ConfigList list:
                return Values(source, list, path, name);
            case ConfigScalar { IsNull: false } one:
                return ParameterRange.List(name, [source.Text(one, path)]);
            case ConfigMap:
                var s = new ConfigSection(source, node, path, CanonicalSchema.Range);
                if (s.Get("values") is { } values)
                {
                    if (s.Has("min") || s.Has("max") || s.Has("step")) throw source.Invalid(values, s.KeyPath("values"), "give either values or min/max/step, not both");
                    return values is ConfigList l ? Values(source, l, s.KeyPath("values"), name) : ParameterRange.List(name, [source.Text(values, s.KeyPath("values"))]);
                }
                double min = s.Number("min", _ => true, "a number") ?? throw source.Invalid(s.Line, s.KeyPath("min"), "missing; a range needs min and max (step optional)");
                double max = s.Number("max", _ => true, "a number") ?? throw source.Invalid(s.Line, s.KeyPath("max"), "missing; a range needs min and max (step optional)");
                double step = s.Number("step", v => v > 0, "a number above 0") ?? double.NaN;
                if (max < min) throw source.Invalid(s.Get("max")!, s.KeyPath("max"), $"got {max}, below min {min}; expected max >= min");
                return ParameterRange.Grid(name, min, max, step);
            default:
                throw source.Invalid(node, path, $"got {node.Describe()}; expected {{ min, max, step }} or a list of values");
        }
    }

    private static ParameterRange Values(ConfigSource source, ConfigList list, string path, string name)
    {
        if (list.Items.Count == 0) throw source.Invalid(list, path, "got an empty list; expected at least one value");
        return ParameterRange.List(name, [.. list.Items.Select((item, i) => source.Text(item, $"{path}[{i}]"))]);
    }
}
