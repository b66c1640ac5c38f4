using Backtest.Engine.Data;

namespace Backtest.Engine.Simulation;

/// <summary>The candles a run used, as its manifest records them.</summary>
/// <param name="Symbol">Symbol.</param>
/// <param name="Interval">Interval name (e.g. 1h).</param>
/// <param name="Market">Spot or UsdMFutures.</param>
/// <param name="Source">Where they came from (source name or file path).</param>
/// <param name="IsSynthetic">True for the synthetic sample market.</param>
/// <param name="Bars">Number of candles.</param>
/// <param name="StartTime">Open time of the first candle (UTC).</param>
/// <param name="EndTime">Open time of the last candle (UTC).</param>
/// <param name="Sha256">The <see cref="CandleFingerprint"/>.</param>
public sealed record RunData(string Symbol, string Interval, Market Market, string Source, bool IsSynthetic, int Bars,
    DateTime? StartTime, DateTime? EndTime, string Sha256)
{
    /// <summary>Describes <paramref name="candles"/> (hashing them, or reusing the cached hash).</summary>
    public static RunData Of(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return new(candles.Symbol, candles.Interval.Name, candles.Market, candles.Source, candles.IsSynthetic, candles.Count,
            candles.StartTime, candles.EndTime, CandleFingerprint.Sha256(candles));
    }

    /// <summary>Describes a portfolio's candles together (see <see cref="RunManifest.Basket"/>).</summary>
    internal static RunData OfBasket(IReadOnlyList<RunData> symbols, int timelineBars)
    {
        string hashes = string.Join('\n', symbols.Select(s => s.Sha256));
        string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(hashes)));
        return new(string.Join(',', symbols.Select(s => s.Symbol)), symbols[0].Interval, symbols[0].Market, string.Join(',', symbols.Select(s => s.Source)),
            symbols.Any(s => s.IsSynthetic), timelineBars, symbols.Min(s => s.StartTime), symbols.Max(s => s.EndTime), sha);
    }
}
