using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Double exponential moving average (Stock.Indicators v3 <c>ToDema</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods - 1</c> values (v3 seeds both EMAs with the SMA; v2 waited 2n−1). After a NaN or ∞ input
/// the output is NaN until <c>lookbackPeriods</c> further values have reseeded it.
/// </summary>
public static partial class Dema
{
    /// <summary>DEMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = DemaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new DemaKernel(new DemaParameters(lookbackPeriods)));

    /// <summary>DEMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = DemaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
