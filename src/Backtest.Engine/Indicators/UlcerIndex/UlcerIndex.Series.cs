using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Ulcer index (Stock.Indicators <c>ToUlcerIndex</c>): the root-mean-square percent drawdown within the window.
/// Warm-up: NaN for the first <c>lookbackPeriods − 1</c> bars. A NaN close makes every window that holds it NaN.
/// </summary>
public static partial class UlcerIndex
{
    /// <summary>Ulcer index of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = UlcerIndexParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new UlcerIndexKernel(new UlcerIndexParameters(lookbackPeriods)));

    /// <summary>Ulcer index of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = UlcerIndexParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
