using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Average directional index with +DI, −DI, DX and ADXR (Stock.Indicators <c>ToAdx</c>). Warm-up: +DI, −DI and
/// DX from bar <c>n</c>, ADX from bar <c>2n − 1</c>, ADXR from bar <c>3n − 2</c>. Differences from
/// Stock.Indicators: the ADX step multiplies by 1/n (see <see cref="SmmaKernel"/>); a NaN price restarts the
/// warm-up instead of leaving every later value NaN.
/// </summary>
public static partial class Adx
{
    /// <summary>ADX of high/low/close columns of equal length.</summary>
    public static AdxResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = AdxParameters.DefaultLookbackPeriods)
    {
        var kernel = new AdxKernel(new AdxParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Adx", high, low, close);
        double[] pdi = IndicatorColumn.Allocate(n), mdi = IndicatorColumn.Allocate(n), dx = IndicatorColumn.Allocate(n),
            adx = IndicatorColumn.Allocate(n), adxr = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            pdi[i] = point.Pdi;
            mdi[i] = point.Mdi;
            dx[i] = point.Dx;
            adx[i] = point.Adx;
            adxr[i] = point.Adxr;
        }
        return new AdxResult(pdi, mdi, dx, adx, adxr);
    }

    /// <summary>ADX of <paramref name="candles"/>.</summary>
    public static AdxResult Series(CandleSeries candles, int lookbackPeriods = AdxParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
