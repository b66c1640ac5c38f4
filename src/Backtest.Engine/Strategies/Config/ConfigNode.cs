namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// One value of a config document, whichever syntax it came from (YAML or JSON): a map, a list or a scalar, with the
/// line it starts on so messages can point at it. Binders read this tree, never the parsers' own types.
/// </summary>
internal abstract class ConfigNode
{
    protected ConfigNode(int line) => Line = line;

    /// <summary>1-based line of the value's first character (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>What the value is, for "got ..." in messages.</summary>
    public abstract string Describe();
}

/// <summary>A key and its value, in document order.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Line">1-based line of the key.</param>
/// <param name="Value">The value.</param>
internal sealed record ConfigEntry(string Key, int Line, ConfigNode Value);

/// <summary>A mapping of unique keys (duplicates are refused while parsing) in document order.</summary>
internal sealed class ConfigMap(int line, IReadOnlyList<ConfigEntry> entries) : ConfigNode(line)
{
    /// <summary>The entries in document order.</summary>
    public IReadOnlyList<ConfigEntry> Entries { get; } = entries;

    /// <summary>The entry whose key normalises to the same as <paramref name="key"/> (ignoring case, <c>-</c> and <c>_</c>), or null.</summary>
    public ConfigEntry? Find(string key)
    {
        string wanted = StrategyCatalog.NormalizeName(key);
        return Entries.FirstOrDefault(e => StrategyCatalog.NormalizeName(e.Key) == wanted);
    }

    /// <inheritdoc />
    public override string Describe() => "a map";
}

/// <summary>A sequence.</summary>
internal sealed class ConfigList(int line, IReadOnlyList<ConfigNode> items) : ConfigNode(line)
{
    /// <summary>The items in document order.</summary>
    public IReadOnlyList<ConfigNode> Items { get; } = items;

    /// <inheritdoc />
    public override string Describe() => "a list";
}

/// <summary>
/// A scalar as text. <see cref="IsString"/> is true for quoted YAML scalars and JSON strings, whose text is never a
/// number or a boolean by accident of spelling; <see cref="IsNull"/> for YAML <c>~</c>/<c>null</c>/empty and JSON null.
/// </summary>
internal sealed class ConfigScalar(int line, string text, bool isString, bool isNull) : ConfigNode(line)
{
    /// <summary>The scalar's text (empty for null).</summary>
    public string Text { get; } = text;

    /// <summary>Quoted (YAML) or a string (JSON).</summary>
    public bool IsString { get; } = isString;

    /// <summary>An explicit or empty null.</summary>
    public bool IsNull { get; } = isNull;

    /// <inheritdoc />
    public override string Describe() => IsNull ? "null" : IsString ? $"\"{Text}\"" : Text;
}
