using System.Text.Json;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Backtest options from a JSON file (<c>-ConfigPath</c>): either a <see cref="BacktestOptions"/> document (camelCase,
/// enums by name, as a manifest's <c>options</c> object reads) or a whole <c>manifest.json</c>, whose options are taken.
/// <code>{ "strategy": "sma-cross", "parameters": { "fast": "10", "slow": "50" }, "fee": 0.001, "endOfData": "CloseAtLastClose" }</code>
/// </summary>
public static class BacktestConfig
{
    /// <summary>Reads the options in <paramref name="path"/>.</summary>
    /// <exception cref="BacktestException">Missing (NotFound) or not a config (InvalidData naming the file).</exception>
    public static BacktestOptions Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new BacktestException(ErrorKind.NotFound, $"The backtest config '{path}' does not exist.", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads options from JSON text.</summary>
    /// <exception cref="BacktestException">Not a config (InvalidData naming <paramref name="name"/>).</exception>
    public static BacktestOptions Parse(string json, string name = "config")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new JsonException("expected a JSON object");
            var options = root.TryGetProperty("options", out var inner) && root.TryGetProperty("engineVersion", out _) ? inner : root;
            return options.Deserialize<BacktestOptions>(RunManifest.Json) ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            throw new BacktestException(ErrorKind.InvalidData, $"'{name}' is not a backtest config: {ex.Message}", name, ex);
        }
    }
}
