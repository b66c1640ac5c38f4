using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Exponential moving average (Stock.Indicators <c>ToEma</c>), seeded with the SMA of the first
/// <c>lookbackPeriods</c> values. Warm-up: NaN for the first <c>lookbackPeriods - 1</c> values. After a NaN
/// or ∞ input the output is NaN until <c>lookbackPeriods</c> further values have reseeded it (Stock.Indicators
/// reseeds the same way for NaN; for ∞ its intermediate bars alternate between ∞ and NaN, ours stay NaN).
/// </summary>
public static partial class Ema
{
    /// <summary>EMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = EmaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new EmaKernel(new EmaParameters(lookbackPeriods)));

    /// <summary>EMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = EmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
