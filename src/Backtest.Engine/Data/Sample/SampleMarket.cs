namespace Backtest.Engine.Data.Sample;

/// <summary>
/// A seeded synthetic market: several symbols at any interval, the same candle for the same open time
/// whatever range is asked for, so caches, truncation and re-runs agree. Never real prices: every series it
/// makes has <see cref="CandleSeries.IsSynthetic"/> set and its source is <c>sample</c>.
/// </summary>
/// <remarks>
/// Model, per symbol and interval, bar k counted from <see cref="Origin"/> (Δ = bar length in years):
/// <list type="bullet">
/// <item>log-volatility h follows AR(1) around ln σ (σ = the symbol's annual volatility), mean reversion 0.02 per bar, shock 0.10·z₁;</item>
/// <item>drift μ follows AR(1), persistence 0.995, shock 0.002·σ·√Δ·z₂ (slow trends that strategies can find);</item>
/// <item>log return r = μ + e^h·√Δ·z₃; open = previous close; close = open·e^r;</item>
/// <item>high = max(open, close)·e^(½·e^h·√Δ·|z₄|), low = min(open, close)·e^(−½·e^h·√Δ·|z₅|);</item>
/// <item>volume = base volume·Δ-scaled·e^(0.3·z₆)·(1 + |r|/(e^h·√Δ)); quote volume = volume·(open+high+low+close)/4;
/// trades = volume·(trades per unit), rounded.</item>
/// </list>
/// z₁…z₆ are standard normals from a counter-based generator keyed by (seed, symbol, interval, k), so bar k never
/// depends on which range was requested. Bars start at <see cref="Origin"/>; the last bar offered is the last
/// complete one before "now".
/// </remarks>
public static class SampleMarket
{
    /// <summary>The first open time the sample market offers (2024-01-01T00:00Z).</summary>
    public static readonly DateTime Origin = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The default seed; the same seed always gives the same market.</summary>
    public const ulong DefaultSeed = 20240101;

    /// <summary>The synthetic symbols, largest first (the order <c>-Top</c> uses).</summary>
    public static IReadOnlyList<SampleSymbol> Symbols { get; } =
    [
        new("BTCUSDT", 42_000, 0.55, 25_000, 900),
        new("ETHUSDT", 2_300, 0.70, 300_000, 700),
        new("SOLUSDT", 100, 0.95, 2_000_000, 500),
        new("BNBUSDT", 310, 0.60, 400_000, 300),
        new("XRPUSDT", 0.62, 0.80, 400_000_000, 400),
        new("ADAUSDT", 0.58, 0.85, 300_000_000, 250),
        new("DOGEUSDT", 0.09, 1.00, 2_000_000_000, 350),
        new("LINKUSDT", 15, 0.90, 10_000_000, 200),
    ];

    /// <summary>Finds a sample symbol by name (case-insensitive), or null.</summary>
    public static SampleSymbol? Find(string symbol) =>
        Symbols.FirstOrDefault(s => string.Equals(s.Name, symbol, StringComparison.OrdinalIgnoreCase));
}
