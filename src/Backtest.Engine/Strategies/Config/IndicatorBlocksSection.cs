namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// Strategy parameters written as indicator blocks, as the first seed project's YAML does:
/// <code>
/// indicators:
///   sma_short: { period: 10 }
///   sma_long:  { period: 50 }
/// </code>
/// A block's <c>period</c> (or <c>window</c>, <c>length</c>) is the parameter the block's name stands for
/// (<c>sma_short</c> → <c>fast</c>, see <see cref="ParameterAliases"/>); any other key <c>k</c> of block <c>b</c> is the
/// parameter <c>b_k</c> (<c>rsi.overbought</c> → <c>rsi_overbought</c>). A block may also be a bare value.
/// </summary>
internal static class IndicatorBlocksSection
{
    private static readonly string[] LengthKeys = ["period", "window", "length"];

    public static void Read(ConfigSource source, ConfigNode node, string strategy, ConfigDraft draft)
    {
        if (node is not ConfigMap map) throw source.Invalid(node, "indicators", $"got {node.Describe()}; expected a map of indicator blocks such as sma_short: {{ period: 10 }}");
        draft.ParametersAt = (map.Line, "indicators");
        foreach (var block in map.Entries)
        {
            string blockPath = $"indicators.{block.Key}";
            if (block.Value is ConfigScalar { IsNull: true }) continue;
            if (block.Value is not ConfigMap fields)
            {
                Add(source, draft, strategy, block.Key, block.Value, blockPath);
                continue;
            }
            foreach (var field in fields.Entries)
            {
                if (field.Value is ConfigScalar { IsNull: true }) continue;
                bool length = LengthKeys.Any(k => StrategyCatalog.NormalizeName(k) == StrategyCatalog.NormalizeName(field.Key));
                Add(source, draft, strategy, length ? block.Key : $"{block.Key}_{field.Key}", field.Value, $"{blockPath}.{field.Key}");
            }
        }
    }

    private static void Add(ConfigSource source, ConfigDraft draft, string strategy, string name, ConfigNode value, string path) =>
        ParametersSection.Add(draft, ParameterAliases.Parameter(strategy, name), source.Text(value, path), value.Line, path, source);
}
