using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Linearly weighted moving average (Stock.Indicators <c>ToWma</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods - 1</c> values. A NaN or ∞ input affects exactly the windows that contain it.
/// </summary>
public static partial class Wma
{
    /// <summary>WMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = WmaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new WmaKernel(new WmaParameters(lookbackPeriods)));

    /// <summary>WMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = WmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
