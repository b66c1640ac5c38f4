using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// One candle's values as a struct, so a stream can be fed bar by bar without allocating.
/// </summary>
/// <param name="OpenTimeMs">Open time, epoch milliseconds UTC.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="Volume">Base-asset volume.</param>
public readonly record struct Bar(long OpenTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>The bar at <paramref name="index"/> of <paramref name="series"/>.</summary>
    public static Bar At(CandleSeries series, int index)
    {
        ArgumentNullException.ThrowIfNull(series);
        if ((uint)index >= (uint)series.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Index must be in [0, {series.Count}).");
        }
        return new Bar(series.OpenTimeMs[index], series.Open[index], series.High[index], series.Low[index], series.Close[index], series.Volume[index]);
    }
}
