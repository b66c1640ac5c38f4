namespace Backtest.Engine.Data;

/// <summary>Progress of a candle download or sync, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Symbol">The symbol being read.</param>
/// <param name="Candles">Candles received so far for this symbol.</param>
/// <param name="ExpectedCandles">Candles expected in the requested range, when it can be known; else null.</param>
/// <param name="Through">Open time of the newest candle received (UTC), when any.</param>
public sealed record DownloadProgress(string Symbol, long Candles, long? ExpectedCandles, DateTime? Through)
{
    /// <summary>Completion in percent (0–100), or null when the total is unknown.</summary>
    public int? Percent => ExpectedCandles is > 0 and var total ? (int)Math.Clamp(100 * Candles / total, 0, 100) : null;
}
