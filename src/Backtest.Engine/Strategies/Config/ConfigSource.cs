using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The file a config is read from (its name for messages and its folder for relative paths) and the readers of
/// scalar values, each failing with <c>got X; expected Y</c> at the value's line and key path.
/// </summary>
/// <param name="File">The file name as the caller gave it (or a label such as <c>stdin</c>).</param>
/// <param name="Directory">The folder relative paths resolve against.</param>
internal sealed record ConfigSource(string File, string Directory)
{
    private static readonly string[] True = ["true", "yes", "on"], False = ["false", "no", "off"];

    /// <summary>An InvalidArgument failure at a node.</summary>
    public BacktestException Invalid(ConfigNode node, string path, string what) => ConfigError.Invalid(File, node.Line, path, what);

    /// <summary>An InvalidArgument failure at a line.</summary>
    public BacktestException Invalid(int line, string path, string what) => ConfigError.Invalid(File, line, path, what);

    /// <summary>A scalar (number, word or string) as text.</summary>
    public string Text(ConfigNode node, string path) =>
        node is ConfigScalar { IsNull: false } s ? s.Text : throw Invalid(node, path, $"got {node.Describe()}; expected a single value");

    /// <summary>A number <paramref name="ok"/> accepts.</summary>
    public double Number(ConfigNode node, string path, Func<double, bool> ok, string expected)
    {
        if (node is not ConfigScalar { IsNull: false } s) throw Invalid(node, path, $"got {node.Describe()}; expected {expected}");
        if (!double.TryParse(s.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value) || !ok(value))
        {
            throw Invalid(node, path, $"got {s.Describe()}; expected {expected}");
        }
        return value;
    }

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int Integer(ConfigNode node, string path, int min, int max = int.MaxValue)
    {
        string expected = max == int.MaxValue ? $"an integer from {min} up" : $"an integer from {min} to {max}";
        return (int)Number(node, path, v => v == Math.Floor(v) && v >= min && v <= max, expected);
    }

    /// <summary>true/false (yes/no and on/off too).</summary>
    public bool Boolean(ConfigNode node, string path)
    {
        string text = node is ConfigScalar { IsNull: false } s ? s.Text.Trim().ToLowerInvariant() : "";
        if (True.Contains(text)) return true;
        if (False.Contains(text)) return false;
        throw Invalid(node, path, $"got {node.Describe()}; expected true or false");
    }

    /// <summary>One of <paramref name="choices"/>, matched ignoring case, <c>-</c> and <c>_</c>; returned as listed.</summary>
    public string Choice(ConfigNode node, string path, IReadOnlyList<string> choices)
    {
        string text = Text(node, path);
        string key = StrategyCatalog.NormalizeName(text);
        return choices.FirstOrDefault(c => StrategyCatalog.NormalizeName(c) == key)
            ?? throw Invalid(node, path, $"got '{text}'; expected one of {string.Join(", ", choices)}.{NameSuggestion.Hint(text, choices, StrategyCatalog.NormalizeName)}".TrimEnd('.'));
    }

    /// <summary>One value or a list of them, as text (a single string may also be comma-separated).</summary>
    public IReadOnlyList<string> TextList(ConfigNode node, string path) => node switch
    {
        ConfigList list => [.. list.Items.Select((item, i) => Text(item, $"{path}[{i}]"))],
        _ => Text(node, path).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    /// <summary>A path, resolved against the config file's folder when relative.</summary>
    public string FullPath(string path) => Path.GetFullPath(Path.Combine(Directory, path));

    /// <summary>A file that must exist: <paramref name="text"/> (or the node's text) resolved against the config's folder.</summary>
    /// <exception cref="BacktestException">No such file (NotFound, naming the line, key path and the full path).</exception>
    public string ExistingFile(ConfigNode node, string path, string? text = null)
    {
        string full = FullPath(text ?? Text(node, path));
        return System.IO.File.Exists(full) ? full : throw new BacktestException(ErrorKind.NotFound,
            ConfigError.Prefix(File, node.Line, path) + $"the file '{full}' does not exist (relative paths resolve against the config file's folder)", File);
    }

    /// <summary>A UTC time: <c>2024-01-01</c>, <c>2024-01-01T06:00Z</c>, or epoch milliseconds.</summary>
    public DateTime Time(ConfigNode node, string path)
    {
        string text = Text(node, path).Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long ms) && text.Length >= 10) return Data.CandleSeries.ToUtc(ms);
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)) return time;
        throw Invalid(node, path, $"got '{text}'; expected a UTC date or time such as 2024-01-01 or 2024-01-01T06:00Z");
    }

    /// <summary>Runs an engine parser on a value and re-throws its message at the value's line and path.</summary>
    public T Parse<T>(ConfigNode node, string path, Func<string, T> parse)
    {
        string text = Text(node, path);
        try
        {
            return parse(text);
        }
        catch (BacktestException ex)
        {
            throw ConfigError.Invalid(File, node.Line, path, $"got '{text}': {ex.Message}", ex);
        }
    }
}
