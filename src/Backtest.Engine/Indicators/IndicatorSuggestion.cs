using Backtest.Engine.Data.Binance;

namespace Backtest.Engine.Indicators;

/// <summary>
/// "Did you mean" for a mistyped indicator name: the catalog name or alias closest by edit distance (compared as
/// <see cref="IndicatorCatalog.NormalizeName"/> spells them), or nothing when even the closest is too different to
/// be a typo.
/// </summary>
public static class IndicatorSuggestion
{
    /// <summary>The catalog name of the entry closest to <paramref name="name"/>, or null.</summary>
    public static string? Closest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = IndicatorCatalog.NormalizeName(name);
        int allowed = Math.Max(2, key.Length / 3);
        IndicatorEntry? best = null;
        int bestDistance = int.MaxValue;
        foreach (var entry in IndicatorCatalog.All)
        {
            foreach (string candidate in entry.Aliases.Prepend(entry.Name))
            {
                int distance = SymbolSuggestion.Distance(key, IndicatorCatalog.NormalizeName(candidate));
                if (distance <= allowed && distance < bestDistance)
                {
                    best = entry;
                    bestDistance = distance;
                }
            }
        }
        return best?.Name;
    }
}
