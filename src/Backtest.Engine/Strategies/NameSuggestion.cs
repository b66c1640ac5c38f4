using Backtest.Engine.Data.Binance;

namespace Backtest.Engine.Strategies;

/// <summary>"Did you mean" for a mistyped strategy or parameter name: the closest known name by edit distance.</summary>
internal static class NameSuggestion
{
    /// <summary>The candidate closest to <paramref name="name"/> (compared after <paramref name="normalize"/>), or null when none is close enough to be a typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates, Func<string, string> normalize)
    {
        string key = normalize(name);
        int allowed = Math.Max(2, key.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = SymbolSuggestion.Distance(key, normalize(candidate));
            if (d <= allowed && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary><c>" Did you mean 'x'?"</c>, or empty.</summary>
    public static string Hint(string name, IEnumerable<string> candidates, Func<string, string> normalize) =>
        Closest(name, candidates, normalize) is { } best ? $" Did you mean '{best}'?" : "";
}
