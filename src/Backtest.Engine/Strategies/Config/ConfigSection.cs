namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// One map of a config with the keys it allows: an unknown key fails with a did-you-mean and the list of allowed
/// keys (or, at the top level, the section it belongs under). Keys match ignoring case, <c>-</c> and <c>_</c>.
/// </summary>
internal sealed class ConfigSection
{
    private readonly ConfigMap _map;

    /// <summary>Wraps <paramref name="node"/>, which must be a map, and checks its keys.</summary>
    /// <param name="source">The file being read.</param>
    /// <param name="node">The section's value.</param>
    /// <param name="path">Key path of the section ("" for the document).</param>
    /// <param name="keys">Allowed keys, in schema order.</param>
    /// <param name="elsewhere">For the top level: the hint for a key that belongs to a section (see <see cref="CanonicalSchema.SectionOf"/>).</param>
    /// <exception cref="Errors.BacktestException">Not a map, or an unknown key.</exception>
    public ConfigSection(ConfigSource source, ConfigNode node, string path, IReadOnlyList<string> keys, Func<string, string?>? elsewhere = null)
    {
        Source = source;
        Path = path;
        _map = node as ConfigMap ?? throw source.Invalid(node, path, $"got {node.Describe()}; expected a map of {string.Join(", ", keys)}");
        foreach (var entry in _map.Entries)
        {
            string key = StrategyCatalog.NormalizeName(entry.Key);
            if (keys.Any(k => StrategyCatalog.NormalizeName(k) == key)) continue;
            string hint = NameSuggestion.Hint(entry.Key, keys, StrategyCatalog.NormalizeName);
            if (hint.Length == 0 && elsewhere?.Invoke(entry.Key) is { } home) hint = home;
            throw source.Invalid(entry.Line, KeyPath(entry.Key), $"unknown key.{hint} Allowed here: {string.Join(", ", keys)}.");
        }
    }

    /// <summary>The file being read.</summary>
    public ConfigSource Source { get; }

    /// <summary>The section's key path ("" at the top).</summary>
    public string Path { get; }

    /// <summary>The section's line.</summary>
    public int Line => _map.Line;

    /// <summary>The entries as written.</summary>
    public IReadOnlyList<ConfigEntry> Entries => _map.Entries;

    /// <summary>The path of a key of this section.</summary>
    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value of <paramref name="key"/>, or null when absent or null.</summary>
    public ConfigNode? Get(string key) => _map.Find(key)?.Value is { } v && v is not ConfigScalar { IsNull: true } ? v : null;

    /// <summary>True when <paramref name="key"/> is given (even as null).</summary>
    public bool Has(string key) => _map.Find(key) is not null;

    /// <summary>A sub-section.</summary>
    public ConfigSection? Section(string key, IReadOnlyList<string> keys) =>
        Get(key) is { } node ? new ConfigSection(Source, node, KeyPath(key), keys) : null;

    /// <summary>A number in the range <paramref name="ok"/> accepts, described by <paramref name="expected"/>.</summary>
    public double? Number(string key, Func<double, bool> ok, string expected) =>
        Get(key) is { } node ? Source.Number(node, KeyPath(key), ok, expected) : null;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Integer(string key, int min, int max = int.MaxValue) =>
        Get(key) is { } node ? Source.Integer(node, KeyPath(key), min, max) : null;

    /// <summary>true or false.</summary>
    public bool? Boolean(string key) => Get(key) is { } node ? Source.Boolean(node, KeyPath(key)) : null;

    /// <summary>A scalar as text.</summary>
    public string? Text(string key) => Get(key) is { } node ? Source.Text(node, KeyPath(key)) : null;

    /// <summary>One of <paramref name="choices"/> (names as written in the schema), returned as listed.</summary>
    public string? Choice(string key, params string[] choices) =>
        Get(key) is { } node ? Source.Choice(node, KeyPath(key), choices) : null;
}
