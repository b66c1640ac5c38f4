using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the volume-weighted average price.</summary>
public sealed record VwapParameters
{
    /// <summary>Creates parameters.</summary>
    /// <param name="startTime">
    /// Anchor: accumulate from the first bar whose open time is at or after it (bars before are NaN).
    /// Null accumulates from the first bar. Unspecified kinds are taken as UTC.
    /// </param>
    public VwapParameters(DateTime? startTime = null)
    {
        StartTime = startTime;
        StartTimeMs = startTime is { } t ? CandleSeries.ToEpochMs(t) : long.MinValue;
    }

    /// <summary>The anchor, or null for the first bar.</summary>
    public DateTime? StartTime { get; }

    /// <summary>The anchor in epoch milliseconds UTC (<see cref="long.MinValue"/> when none).</summary>
    public long StartTimeMs { get; }
}
