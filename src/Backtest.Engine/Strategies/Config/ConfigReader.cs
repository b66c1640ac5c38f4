namespace Backtest.Engine.Strategies.Config;

/// <summary>Which parser reads a config.</summary>
internal enum ConfigFormat
{
    /// <summary>JSON when the first non-blank character is <c>{</c> or <c>[</c>, else YAML.</summary>
    Sniff = 0,
    Yaml = 1,
    Json = 2,
}

/// <summary>
/// Text to <see cref="BacktestConfigFile"/>: parse (YAML or JSON) into the neutral node tree, recognise the shape
/// from the top-level keys, bind with that shape's binder, then check the strategy, its parameters, the models and
/// the optimization ranges against the catalog.
/// </summary>
internal static class ConfigReader
{
    private static readonly string[] SeedStrategyClassKeys = ["strategy_name", "strategy_class", "technical_parameters", "portfolio_parameters", "optimization_ranges"];

    /// <summary>The format a file's extension names (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>), else sniffing.</summary>
    public static ConfigFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => ConfigFormat.Yaml,
        ".json" => ConfigFormat.Json,
        _ => ConfigFormat.Sniff,
    };

    /// <summary>Reads, binds and checks a config document.</summary>
    public static BacktestConfigFile Read(string text, string file, string folder, ConfigFormat format)
    {
        var draft = Bind(text, file, folder, format);
        return ConfigValidator.Check(draft, file);
    }

    /// <summary>Reads and binds a config document without the catalog checks (for tests of a shape's mapping).</summary>
    internal static ConfigDraft Bind(string text, string file, string folder, ConfigFormat format)
    {
        if (string.IsNullOrWhiteSpace(text)) throw ConfigError.Malformed(file, 0, "the file is empty; expected a backtest config (see docs/config.md)");
        if (format == ConfigFormat.Sniff) format = text.TrimStart()[0] is '{' or '[' ? ConfigFormat.Json : ConfigFormat.Yaml;
        var root = format == ConfigFormat.Json ? JsonConfigParser.Parse(text, file) : YamlConfigParser.Parse(text, file)
            ?? throw ConfigError.Malformed(file, 0, "the file has no content, only comments; expected a backtest config (see docs/config.md)");
        if (root is not ConfigMap map)
        {
            throw ConfigError.Malformed(file, root.Line, $"got {root.Describe()} at the top; expected a map of sections (strategy, parameters, risk_management, portfolio, data, ...)");
        }
        var source = new ConfigSource(file, folder);
        if (map.Find("options") is not null && map.Find("engineVersion") is not null) return OptionsJsonBinder.Bind(text, map, source, ConfigShape.Manifest, format);
        if (SeedStrategyClassKeys.Any(k => map.Find(k) is not null)) return StrategyClassBinder.Bind(map, source);
        if (format == ConfigFormat.Json && OptionsJsonBinder.IsOptionsDocument(map)) return OptionsJsonBinder.Bind(text, map, source, ConfigShape.OptionsJson, format);
        return CanonicalBinder.Bind(map, source);
    }
}
