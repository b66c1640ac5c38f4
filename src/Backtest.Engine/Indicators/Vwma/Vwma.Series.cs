using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Volume-weighted moving average of close (Stock.Indicators <c>ToVwma</c>, which has no default length; ours is 20). Warm-up: NaN for the first
/// <c>lookbackPeriods − 1</c> bars; also NaN for a window without volume. NaNs affect the windows holding them.
/// </summary>
public static partial class Vwma
{
    /// <summary>VWMA of close/volume columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> close, ReadOnlySpan<double> volume, int lookbackPeriods = VwmaParameters.DefaultLookbackPeriods)
    {
        var kernel = new VwmaKernel(new VwmaParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Vwma", close, volume);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(close[i], volume[i]);
        return result;
    }

    /// <summary>VWMA of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = VwmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, candles.Volume, lookbackPeriods);
    }
}
