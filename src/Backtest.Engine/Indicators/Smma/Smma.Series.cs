using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Smoothed moving average, also called Wilder's or running moving average (Stock.Indicators <c>ToSmma</c>).
/// Warm-up: NaN for the first <c>lookbackPeriods - 1</c> values; the first value is the SMA. After a NaN or ∞
/// input the output is NaN until <c>lookbackPeriods</c> further values have reseeded it.
/// </summary>
public static partial class Smma
{
    /// <summary>SMMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = SmmaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new SmmaKernel(new SmmaParameters(lookbackPeriods)));

    /// <summary>SMMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = SmmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
