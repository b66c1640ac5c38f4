namespace Backtest.Engine.Data;

/// <summary>
/// What candles to read: one symbol, one interval, an optional half-open UTC range <c>[StartTime, EndTime)</c>
/// of open times. A null start means "from the earliest available"; a null end means "up to now".
/// </summary>
/// <param name="Symbol">Symbol, e.g. <c>BTCUSDT</c> (matched case-insensitively).</param>
/// <param name="Interval">Candle interval.</param>
/// <param name="Market">Spot or USD-M futures.</param>
/// <param name="StartTime">First open time to include (UTC), or null.</param>
/// <param name="EndTime">Open times before this are included (UTC), or null.</param>
public sealed record CandleRequest(string Symbol, Interval Interval, Market Market = Market.Spot, DateTime? StartTime = null, DateTime? EndTime = null)
{
    /// <summary>Start as epoch ms, or <see cref="long.MinValue"/>.</summary>
    public long StartMs => StartTime is { } s ? CandleSeries.ToEpochMs(s) : long.MinValue;

    /// <summary>End as epoch ms, or <see cref="long.MaxValue"/>.</summary>
    public long EndMs => EndTime is { } e ? CandleSeries.ToEpochMs(e) : long.MaxValue;
}
