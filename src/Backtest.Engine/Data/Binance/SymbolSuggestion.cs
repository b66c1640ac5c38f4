namespace Backtest.Engine.Data.Binance;

/// <summary>
/// "Did you mean" for a mistyped symbol: the listed symbol with the smallest edit distance (insertions, deletions,
/// substitutions, adjacent swaps), preferring trading symbols, then alphabetical order. Nothing is suggested when
/// even the closest is too different to be a typo.
/// </summary>
internal static class SymbolSuggestion
{
    /// <summary>The closest listed symbol to <paramref name="symbol"/>, or null.</summary>
    public static string? Closest(string symbol, IEnumerable<BinanceSymbol> listed)
    {
        int allowed = Math.Max(2, symbol.Length / 3);
        BinanceSymbol? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in listed)
        {
            int d = Distance(symbol, candidate.Symbol);
            if (d > allowed) continue;
            if (best is null || d < bestDistance || (d == bestDistance && IsBetterTie(candidate, best)))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best?.Symbol;
    }

    private static bool IsBetterTie(BinanceSymbol candidate, BinanceSymbol best) =>
        candidate.IsTrading != best.IsTrading
            ? candidate.IsTrading
            : string.CompareOrdinal(candidate.Symbol, best.Symbol) < 0;

    /// <summary>Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one substring).</summary>
    internal static int Distance(string a, string b)
    {
        var rows = new int[3, b.Length + 1];
        for (int j = 0; j <= b.Length; j++) rows[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int cur = i % 3, prev = (i - 1) % 3, prev2 = (i - 2 + 3) % 3;
            rows[cur, 0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.Min(Math.Min(rows[prev, j] + 1, rows[cur, j - 1] + 1), rows[prev, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, rows[prev2, j - 2] + 1);
                rows[cur, j] = d;
            }
        }
        return rows[a.Length % 3, b.Length];
    }
}
