using System.Collections.Frozen;
using System.Text.Json;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// The parts of a market's <c>exchangeInfo</c> the client uses: the listed symbols and the REQUEST_WEIGHT limits
/// (falling back to the documented defaults when the answer advertises none).
/// </summary>
internal sealed class BinanceExchangeInfo
{
    private BinanceExchangeInfo(IReadOnlyList<BinanceSymbol> symbols, IReadOnlyList<RateLimitRule> weightRules)
    {
        Symbols = symbols;
        WeightRules = weightRules;
        BySymbol = symbols.ToFrozenDictionary(s => s.Symbol, StringComparer.Ordinal);
    }

    /// <summary>Every listed symbol, in the exchange's order.</summary>
    public IReadOnlyList<BinanceSymbol> Symbols { get; }

    /// <summary>The symbols by exact (upper-case) name.</summary>
    public FrozenDictionary<string, BinanceSymbol> BySymbol { get; }

    /// <summary>The request-weight limits to honour.</summary>
    public IReadOnlyList<RateLimitRule> WeightRules { get; }

    /// <summary>Parses an exchangeInfo answer of <paramref name="market"/>.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    /// <exception cref="KeyNotFoundException">A required property is missing.</exception>
    public static BinanceExchangeInfo Parse(byte[] json, Market market)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var rules = new List<RateLimitRule>();
        if (root.TryGetProperty("rateLimits", out var limits))
        {
            foreach (var limit in limits.EnumerateArray())
            {
                if (limit.GetProperty("rateLimitType").GetString() != "REQUEST_WEIGHT") continue;
                rules.Add(RateLimitRule.FromExchangeInfo(
                    limit.GetProperty("interval").GetString() ?? "", limit.GetProperty("intervalNum").GetInt32(), limit.GetProperty("limit").GetInt32()));
            }
        }
        if (rules.Count == 0) rules.Add(RateLimitRule.DefaultWeight(market));
        var symbols = new List<BinanceSymbol>();
        foreach (var s in root.GetProperty("symbols").EnumerateArray())
        {
            symbols.Add(new BinanceSymbol(
                Text(s, "symbol"), Text(s, "status"), Text(s, "baseAsset"), Text(s, "quoteAsset"), market));
        }
        return new BinanceExchangeInfo(symbols, rules);
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"exchangeInfo symbol property '{name}' is null.");
}
