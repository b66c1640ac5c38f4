using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Volatility stop (Stock.Indicators <c>ToVolatilityStop</c>); <c>IsStop</c> is 1 or 0 instead of a boolean.
/// Warm-up: NaN up to and including the first stop (at least <c>lookbackPeriods + 1</c> bars). Differences:
/// Stock.Indicators blanks that stretch only after seeing the whole series, and when no stop has happened yet it
/// blanks nothing, so its last bars can show values a later stop erases; ours are NaN from the start (never
/// repainted). Stock.Indicators also reports the SAR again as <c>UpperBand</c> (short) or <c>LowerBand</c> (long);
/// those are not in its catalog nor ours (the SAR is below the close in a long trade). A NaN close restarts the
/// machine and a NaN price the ATR warm-up (Stock.Indicators stays NaN).
/// </summary>
public static partial class VolatilityStop
{
    /// <summary>Volatility stop of high/low/close columns of equal length.</summary>
    public static VolatilityStopResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = VolatilityStopParameters.DefaultLookbackPeriods, double multiplier = VolatilityStopParameters.DefaultMultiplier)
    {
        var kernel = new VolatilityStopKernel(new VolatilityStopParameters(lookbackPeriods, multiplier));
        int n = IndicatorColumn.CommonLength("VolatilityStop", high, low, close);
        double[] sar = IndicatorColumn.Allocate(n), isStop = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            sar[i] = point.Sar;
            isStop[i] = point.IsStop;
        }
        return new VolatilityStopResult(sar, isStop);
    }

    /// <summary>Volatility stop of <paramref name="candles"/>.</summary>
    public static VolatilityStopResult Series(
        CandleSeries candles, int lookbackPeriods = VolatilityStopParameters.DefaultLookbackPeriods,
        double multiplier = VolatilityStopParameters.DefaultMultiplier)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods, multiplier);
    }
}
