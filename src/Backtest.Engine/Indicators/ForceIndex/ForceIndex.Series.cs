using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Force index (Stock.Indicators <c>ToForceIndex</c>). Warm-up: NaN for the first <c>lookbackPeriods</c> bars (the
/// first bar has no change). Difference: a NaN close or volume restarts the EMA's warm-up (as <see cref="EmaKernel"/>
/// does everywhere) instead of leaving every later value NaN.
/// </summary>
public static partial class ForceIndex
{
    /// <summary>Force index of close/volume columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> close, ReadOnlySpan<double> volume, int lookbackPeriods = ForceIndexParameters.DefaultLookbackPeriods)
    {
        var kernel = new ForceIndexKernel(new ForceIndexParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("ForceIndex", close, volume);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(close[i], volume[i]);
        return result;
    }

    /// <summary>Force index of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = ForceIndexParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, candles.Volume, lookbackPeriods);
    }
}
