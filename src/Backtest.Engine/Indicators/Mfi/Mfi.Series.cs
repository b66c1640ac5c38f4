using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Money flow index (Stock.Indicators <c>ToMfi</c>). Warm-up: NaN for the first <c>lookbackPeriods</c> bars.
/// 100 when the window has no negative flow (including a flat window). A NaN price removes its bar and the next
/// from both sums (no direction); a NaN volume makes the windows containing it NaN.
/// </summary>
public static partial class Mfi
{
    /// <summary>MFI of high/low/close/volume columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        int lookbackPeriods = MfiParameters.DefaultLookbackPeriods)
    {
        var kernel = new MfiKernel(new MfiParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Mfi", high, low, close, volume);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(high[i], low[i], close[i], volume[i]);
        return result;
    }

    /// <summary>MFI of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = MfiParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, candles.Volume, lookbackPeriods);
    }
}
