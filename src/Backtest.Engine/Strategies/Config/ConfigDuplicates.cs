namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// Refuses a key given twice in one map. Keys compare as names do everywhere in configs (ignoring case, <c>-</c> and
/// <c>_</c>), so <c>initial_cash</c> and <c>initialCash</c> in one section are a duplicate too.
/// </summary>
internal static class ConfigDuplicates
{
    /// <summary>Throws when <paramref name="key"/> is already among <paramref name="entries"/>.</summary>
    /// <exception cref="Errors.BacktestException">The duplicate (InvalidArgument naming both lines).</exception>
    public static void Check(IReadOnlyList<ConfigEntry> entries, string key, int line, string file, string mapPath)
    {
        string normal = StrategyCatalog.NormalizeName(key);
        foreach (var earlier in entries)
        {
            if (StrategyCatalog.NormalizeName(earlier.Key) == normal)
            {
                string path = mapPath.Length == 0 ? key : $"{mapPath}.{key}";
                throw ConfigError.Invalid(file, line, path, $"duplicate key (first given as '{earlier.Key}' at line {earlier.Line}); give each key once");
            }
        }
    }
}
