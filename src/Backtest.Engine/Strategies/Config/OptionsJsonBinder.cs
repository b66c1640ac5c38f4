using System.Collections;
using System.Reflection;
using System.Text.Json;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The JSON files <c>-ConfigPath</c> read before the YAML schema: a <see cref="BacktestOptions"/> document (camelCase,
/// enums by name) or a whole run manifest, whose <c>options</c> are taken. Deserialised exactly as before (so a
/// manifest re-runs bit for bit), after a walk over the document's keys against the records' properties, which turns
/// a misspelt key — silently ignored by the serializer — into an error with a did-you-mean.
/// </summary>
internal static class OptionsJsonBinder
{
    // Keys only a BacktestOptions document has at the top (the canonical schema shares strategy, parameters,
    // portfolio and futures, which bind the same either way).
    private static readonly string[] OptionsOnly = [.. Properties(typeof(BacktestOptions)).Keys.Except(["strategy", "parameters", "portfolio", "futures"])];

    /// <summary>True when the top level has a key only a <see cref="BacktestOptions"/> document has (e.g. <c>initialCash</c>).</summary>
    public static bool IsOptionsDocument(ConfigMap map) => map.Entries.Any(e => OptionsOnly.Contains(e.Key, StringComparer.Ordinal));

    public static ConfigDraft Bind(string text, ConfigMap map, ConfigSource source, ConfigShape shape, ConfigFormat format)
    {
        if (format != ConfigFormat.Json) throw source.Invalid(map, "", "a manifest is read from its JSON file (manifest.json)");
        CheckKeys(source, map, shape == ConfigShape.Manifest ? typeof(RunManifest) : typeof(BacktestOptions), "");
        BacktestOptions options;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = shape == ConfigShape.Manifest ? document.RootElement.GetProperty("options") : document.RootElement;
            options = root.Deserialize<BacktestOptions>(RunManifest.Json) ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            string path = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
            if (shape == ConfigShape.Manifest) path = path.Length == 0 ? "options" : $"options.{path}";
            string reason = ex.Message.Split(" Path:", 2)[0].TrimEnd();
            int line = ex.LineNumber is { } l ? (int)l + 1 : 0;
            throw ConfigError.Invalid(source.File, line, path, reason, ex);
        }
        var draft = new ConfigDraft(shape) { Options = options with { Parameters = new Dictionary<string, string>() } };
        var optionsMap = shape == ConfigShape.Manifest ? (ConfigMap)map.Find("options")!.Value : map;
        string prefix = shape == ConfigShape.Manifest ? "options." : "";
        if (optionsMap.Find("strategy") is { } strategy) draft.StrategyAt = (strategy.Line, prefix + "strategy");
        var parameters = optionsMap.Find("parameters");
        if (parameters is not null) draft.ParametersAt = (parameters.Line, prefix + "parameters");
        foreach (var (name, value) in options.Parameters)
        {
            int line = (parameters?.Value as ConfigMap)?.Find(name)?.Line ?? parameters?.Line ?? 0;
            draft.Parameters.Add(new DraftParameter(name, value, line, $"{prefix}parameters.{name}"));
        }
        return draft;
    }

    // The serializer's view of a type: public instance properties by camelCase name.
    private static Dictionary<string, Type> Properties(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0)
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.PropertyType, StringComparer.Ordinal);

    private static void CheckKeys(ConfigSource source, ConfigNode node, Type type, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsValueType) return;
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType() : type.GetGenericArguments() is [var single] ? single : null;
            if (node is ConfigList list && item is not null)
            {
                for (int i = 0; i < list.Items.Count; i++) CheckKeys(source, list.Items[i], item, $"{path}[{i}]");
            }
            return;
        }
        if (node is not ConfigMap map) return;
        var properties = Properties(type);
        foreach (var entry in map.Entries)
        {
            string at = path.Length == 0 ? entry.Key : $"{path}.{entry.Key}";
            if (!properties.TryGetValue(entry.Key, out var child))
            {
                throw source.Invalid(entry.Line, at,
                    $"unknown key.{NameSuggestion.Hint(entry.Key, properties.Keys, StrategyCatalog.NormalizeName)} Allowed here: {string.Join(", ", properties.Keys)}.");
            }
            CheckKeys(source, entry.Value, child, at);
        }
    }
}
