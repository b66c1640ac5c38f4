using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Elder-ray index (Stock.Indicators <c>ToElderRay</c>). Warm-up: NaN for the first <c>lookbackPeriods − 1</c> bars.
/// NaN handling follows <see cref="EmaKernel"/>; a NaN high or low affects only its own bar's power.
/// </summary>
public static partial class ElderRay
{
    /// <summary>Elder-ray index of high/low/close columns of equal length.</summary>
    public static ElderRayResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = ElderRayParameters.DefaultLookbackPeriods)
    {
        var kernel = new ElderRayKernel(new ElderRayParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("ElderRay", high, low, close);
        double[] ema = IndicatorColumn.Allocate(n), bull = IndicatorColumn.Allocate(n), bear = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            ema[i] = point.Ema;
            bull[i] = point.BullPower;
            bear[i] = point.BearPower;
        }
        return new ElderRayResult(ema, bull, bear);
    }

    /// <summary>Elder-ray index of <paramref name="candles"/>.</summary>
    public static ElderRayResult Series(CandleSeries candles, int lookbackPeriods = ElderRayParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
