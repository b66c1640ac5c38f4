namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// Strategy parameters: a map of name to value (<c>parameters</c>, or a seed's <c>technical_parameters</c>, where
/// the seed's names are mapped through <see cref="ParameterAliases"/>). Values are kept as text; the catalog checks
/// them after binding. A null value leaves the parameter at its default (optional ones off).
/// </summary>
internal static class ParametersSection
{
    public static void Read(ConfigSource source, ConfigNode node, string path, string strategy, ConfigDraft draft, bool aliases = false)
    {
        if (node is not ConfigMap map) throw source.Invalid(node, path, $"got {node.Describe()}; expected a map of parameter names to values");
        draft.ParametersAt = (map.Line, path);
        foreach (var entry in map.Entries)
        {
            if (entry.Value is ConfigScalar { IsNull: true }) continue;
            string name = aliases ? ParameterAliases.Parameter(strategy, entry.Key) : entry.Key;
            Add(draft, name, source.Text(entry.Value, $"{path}.{entry.Key}"), entry.Value.Line, $"{path}.{entry.Key}", source);
        }
    }

    /// <summary>Adds one parameter; two keys that name the same parameter (an alias and its target) are a duplicate.</summary>
    public static void Add(ConfigDraft draft, string name, string text, int line, string path, ConfigSource source)
    {
        string key = StrategyCatalog.NormalizeName(name);
        if (draft.Parameters.FirstOrDefault(p => StrategyCatalog.NormalizeName(p.Name) == key) is { } earlier)
        {
            throw source.Invalid(line, path, $"names the parameter '{name}' again (first as {earlier.Path} at line {earlier.Line}); give it once");
        }
        draft.Parameters.Add(new DraftParameter(name, text, line, path));
    }
}
