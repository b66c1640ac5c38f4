using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// A backtest config file, read and checked: the options to run, the candles to run on (when the file has a
/// <c>data</c> section) and the optimization ranges (when it has one). YAML (<c>.yaml</c>/<c>.yml</c>) or JSON
/// (<c>.json</c>; other names are sniffed), in the canonical schema of docs/config.md, either seed layout, a
/// <see cref="BacktestOptions"/> JSON document or a run manifest. Every problem fails the read — nothing runs on an
/// invalid config — with a message naming the file, line, key path, the value and what is allowed.
/// </summary>
public sealed record BacktestConfigFile
{
    /// <summary>The options (strategy and parameters checked against the catalog).</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>The candles the file names, with relative paths resolved against its folder; null without a data section.</summary>
    public CandleQuery? Data { get; init; }

    /// <summary>Optimization ranges by parameter, checked against the strategy's catalog ranges; empty when none.</summary>
    public IReadOnlyList<ParameterRange> Optimization { get; init; } = [];

    /// <summary>The file as the caller named it (or the label given to <see cref="Parse"/>).</summary>
    public required string Path { get; init; }

    /// <summary>The layout the file was recognised as.</summary>
    public ConfigShape Shape { get; init; }

    /// <summary>Reads and checks the config in <paramref name="path"/>.</summary>
    /// <exception cref="BacktestException">
    /// Missing file (NotFound); not YAML or JSON, empty, or not a config (InvalidData with the line); an invalid
    /// value, unknown key or duplicate (InvalidArgument naming the line, key path, value and what is allowed).
    /// </exception>
    public static BacktestConfigFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new BacktestException(ErrorKind.NotFound, $"The backtest config '{path}' does not exist.", path);
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        return ConfigReader.Read(File.ReadAllText(path), path, folder, ConfigReader.FormatOf(path));
    }

    /// <summary>Reads and checks config text (e.g. from standard input), YAML or JSON by its first character.</summary>
    /// <param name="text">The document.</param>
    /// <param name="name">Label for messages (a file name, <c>stdin</c>).</param>
    /// <param name="baseDirectory">Folder relative paths resolve against; null for the current directory.</param>
    /// <exception cref="BacktestException">As <see cref="Read"/>.</exception>
    public static BacktestConfigFile Parse(string text, string name = "config", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return ConfigReader.Read(text, name, baseDirectory ?? Directory.GetCurrentDirectory(), ConfigFormat.Sniff);
    }
}
