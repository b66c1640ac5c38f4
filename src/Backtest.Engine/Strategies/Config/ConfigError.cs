using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// Builds config failures in one form, <c>FILE:LINE: KEY.PATH: what was wrong</c> (e.g.
/// <c>config.yaml:12: portfolio.max_positions: got -1; expected an integer from 0 up</c>), so every message names the
/// file, where in it, and what is allowed. The exception's target is the file.
/// </summary>
internal static class ConfigError
{
    /// <summary>The <c>FILE:LINE: PATH: </c> prefix (the line and path left out when unknown).</summary>
    public static string Prefix(string file, int line, string path) =>
        $"{file}{(line > 0 ? $":{line}" : "")}: {(path.Length > 0 ? $"{path}: " : "")}";

    /// <summary>An InvalidArgument failure at <paramref name="line"/> and <paramref name="path"/>.</summary>
    public static BacktestException Invalid(string file, int line, string path, string what, Exception? inner = null) =>
        new(ErrorKind.InvalidArgument, Prefix(file, line, path) + what, file, inner);

    /// <summary>An InvalidData failure (the text is not YAML or JSON, or not a config at all).</summary>
    public static BacktestException Malformed(string file, int line, string what, Exception? inner = null) =>
        new(ErrorKind.InvalidData, Prefix(file, line, "") + what, file, inner);
}
