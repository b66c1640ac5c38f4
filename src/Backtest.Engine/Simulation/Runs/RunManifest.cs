using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Everything needed to reproduce a backtest bit for bit: the engine version, the candles' fingerprint (and how to
/// load them again), the strategy with every parameter resolved, the options and the seed. Written as
/// <c>manifest.json</c>; <see cref="BacktestRunner.ReplayAsync"/> re-runs it and checks the candles are the same.
/// Holds no time stamp, so the same run always writes the same manifest.
/// </summary>
public sealed record RunManifest
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The engine's version (informational, as the assemblies carry it).</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The candles used.</summary>
    public required RunData Data { get; init; }

    /// <summary>How to load the candles again, or null when the caller supplied them.</summary>
    public DataSource? Source { get; init; }

    /// <summary>
    /// A portfolio's symbols, each with its own fingerprint (null for one symbol). <see cref="Data"/> then describes
    /// the basket: the symbols joined by commas, the timeline's bar count, and the SHA-256 of the symbols' hashes in order.
    /// </summary>
    public IReadOnlyList<RunData>? Basket { get; init; }

    /// <summary>The SHA-256 of each symbol's funding rates (<see cref="FundingRates.Sha256"/>) of a futures run with funding, or null.</summary>
    public IReadOnlyDictionary<string, string>? Funding { get; init; }

    /// <summary>The lower-timeframe candles used to resolve ambiguous bars, or null.</summary>
    public RunData? LowerTimeframe { get; init; }

    /// <summary>The strategy's catalog name.</summary>
    public required string Strategy { get; init; }

    /// <summary>Every strategy parameter, resolved (defaults filled in), as canonical text.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>The options, with <see cref="BacktestOptions.Parameters"/> resolved.</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>The random seed.</summary>
    public long Seed { get; init; }

    /// <summary>The version string of this engine build.</summary>
    public static string CurrentEngineVersion { get; } =
        typeof(RunManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunManifest).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The manifest as indented JSON (camelCase, enums as names, doubles in round-trip form).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest from JSON.</summary>
    /// <exception cref="BacktestException">Not a manifest (InvalidData).</exception>
    public static RunManifest FromJson(string json, string name = "manifest")
    {
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(json, Json) ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            throw new BacktestException(ErrorKind.InvalidData, $"'{name}' is not a run manifest: {ex.Message}", name, ex);
        }
    }

    /// <summary>Reads a manifest file.</summary>
    /// <exception cref="BacktestException">Missing (NotFound) or not a manifest (InvalidData).</exception>
    public static RunManifest Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new BacktestException(ErrorKind.NotFound, $"The manifest '{path}' does not exist.", path);
        return FromJson(File.ReadAllText(path), path);
    }
}
