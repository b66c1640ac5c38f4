using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Hull moving average (Stock.Indicators <c>ToHma</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods + ⌊√lookbackPeriods⌋ − 2</c> values. A NaN or ∞ input affects the windows that contain it.
/// </summary>
public static partial class Hma
{
    /// <summary>HMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = HmaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new HmaKernel(new HmaParameters(lookbackPeriods)));

    /// <summary>HMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = HmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
