using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Stochastic oscillator (Stock.Indicators <c>ToStoch</c>, SMA smoothing, %J = 3K − 2D; its kFactor/dFactor/
/// SMMA variant is not offered). Warm-up: %K is NaN for the first <c>lookbackPeriods + smoothPeriods − 2</c>
/// bars, %D for <c>signalPeriods − 1</c> more. A NaN high, low or close affects the windows that contain it.
/// </summary>
public static partial class Stoch
{
    /// <summary>Stochastic oscillator of high/low/close columns of equal length.</summary>
    public static StochResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = StochParameters.DefaultLookbackPeriods, int signalPeriods = StochParameters.DefaultSignalPeriods,
        int smoothPeriods = StochParameters.DefaultSmoothPeriods)
    {
        var kernel = new StochKernel(new StochParameters(lookbackPeriods, signalPeriods, smoothPeriods));
        int n = IndicatorColumn.CommonLength("Stoch", high, low, close);
        double[] oscillator = IndicatorColumn.Allocate(n), signal = IndicatorColumn.Allocate(n), percentJ = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            oscillator[i] = point.Oscillator;
            signal[i] = point.Signal;
            percentJ[i] = point.PercentJ;
        }
        return new StochResult(oscillator, signal, percentJ);
    }

    /// <summary>Stochastic oscillator of <paramref name="candles"/>.</summary>
    public static StochResult Series(
        CandleSeries candles, int lookbackPeriods = StochParameters.DefaultLookbackPeriods,
        int signalPeriods = StochParameters.DefaultSignalPeriods, int smoothPeriods = StochParameters.DefaultSmoothPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods, signalPeriods, smoothPeriods);
    }
}
