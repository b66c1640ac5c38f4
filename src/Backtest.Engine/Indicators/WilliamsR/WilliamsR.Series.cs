using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Williams %R (Stock.Indicators <c>ToWilliamsR</c>). Warm-up: NaN for the first <c>lookbackPeriods − 1</c>
/// bars. A NaN high, low or close affects the windows that contain it.
/// </summary>
public static partial class WilliamsR
{
    /// <summary>Williams %R of high/low/close columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = WilliamsRParameters.DefaultLookbackPeriods) =>
        HighLowCloseSeries.Run("WilliamsR", high, low, close, new WilliamsRKernel(new WilliamsRParameters(lookbackPeriods)));

    /// <summary>Williams %R of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = WilliamsRParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
