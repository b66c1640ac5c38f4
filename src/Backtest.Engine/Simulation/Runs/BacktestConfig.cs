using Backtest.Engine.Errors;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Backtest options from a config file (<c>-ConfigPath</c>, <c>--config</c>): YAML or JSON in the canonical schema of
/// docs/config.md, either seed layout, a <see cref="BacktestOptions"/> JSON document (camelCase, enums by name, as a
/// manifest's <c>options</c> object reads) or a whole <c>manifest.json</c>, whose options are taken. The file's data
/// and optimization sections are on <see cref="BacktestConfigFile"/>; this reads only the options.
/// <code>{ "strategy": "sma-cross", "parameters": { "fast": "10", "slow": "50" }, "fee": 0.001, "endOfData": "CloseAtLastClose" }</code>
/// </summary>
public static class BacktestConfig
{
    /// <summary>Reads and checks the options in <paramref name="path"/>.</summary>
    /// <exception cref="BacktestException">Missing (NotFound), not a config (InvalidData), or an invalid value (InvalidArgument); each names the file, line and key.</exception>
    public static BacktestOptions Read(string path) => BacktestConfigFile.Read(path).Options;

    /// <summary>Reads and checks options from config text (YAML or JSON).</summary>
    /// <exception cref="BacktestException">Not a config (InvalidData) or an invalid value (InvalidArgument), naming <paramref name="name"/>.</exception>
    public static BacktestOptions Parse(string json, string name = "config") => BacktestConfigFile.Parse(json, name).Options;
}
