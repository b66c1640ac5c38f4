namespace Backtest.Engine.Data.Store;

/// <summary>
/// Where the candle cache lives. Precedence: an explicit path given by the caller, else the
/// <c>BACKTEST_CACHE</c> environment variable, else <c>candles.db</c> under the user's local application data
/// folder (<c>~/.local/share/Backtest</c> on Linux, <c>%LOCALAPPDATA%\Backtest</c> on Windows).
/// An explicit path or the variable may name the database file itself or an existing folder (or one written
/// with a trailing separator), in which case <c>candles.db</c> inside it is used.
/// </summary>
public static class CandleStorePath
{
    /// <summary>The environment variable that overrides the default cache location.</summary>
    public const string EnvironmentVariable = "BACKTEST_CACHE";

    /// <summary>The file name used inside a cache folder.</summary>
    public const string FileName = "candles.db";

    /// <summary>The default location when neither a path nor the environment variable is given.</summary>
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Backtest", FileName);

    /// <summary>Resolves the database file to use (a full path) following the documented precedence.</summary>
    /// <param name="explicitPath">A path the caller chose, or null/empty to fall back to the variable and the default.</param>
    public static string Resolve(string? explicitPath = null)
    {
        string? chosen = string.IsNullOrWhiteSpace(explicitPath)
            ? Environment.GetEnvironmentVariable(EnvironmentVariable)
            : explicitPath;
        if (string.IsNullOrWhiteSpace(chosen)) return Path.GetFullPath(Default);
        chosen = chosen.Trim();
        bool namesFolder = Directory.Exists(chosen) || Path.EndsInDirectorySeparator(chosen);
        return Path.GetFullPath(namesFolder ? Path.Combine(chosen, FileName) : chosen);
    }
}
