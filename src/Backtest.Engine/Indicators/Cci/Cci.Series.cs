using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Commodity channel index (Stock.Indicators <c>ToCci</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods − 1</c> bars; also NaN when every typical price in the window is equal.
/// </summary>
public static partial class Cci
{
    /// <summary>CCI of high/low/close columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = CciParameters.DefaultLookbackPeriods) =>
        HighLowCloseSeries.Run("Cci", high, low, close, new CciKernel(new CciParameters(lookbackPeriods)));

    /// <summary>CCI of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = CciParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
