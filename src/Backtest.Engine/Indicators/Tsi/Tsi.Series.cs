using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// True strength index with its signal line (Stock.Indicators <c>ToTsi</c>). Warm-up: TSI is NaN for the first
/// <c>lookbackPeriods + smoothPeriods − 1</c> values; the signal for <c>signalPeriods − 1</c> more (and never
/// before index <c>signalPeriods + 1</c>, as in Stock.Indicators). TSI is NaN where the smoothed absolute change is 0 (flat prices). A NaN
/// input restarts the EMAs' warm-up. Difference from Stock.Indicators: the signal's seed mean is summed oldest first
/// (it adds the newest TSI first), which can move the signal by an ulp.
/// </summary>
public static partial class Tsi
{
    /// <summary>TSI of <paramref name="values"/>.</summary>
    public static TsiResult Series(
        ReadOnlySpan<double> values, int lookbackPeriods = TsiParameters.DefaultLookbackPeriods,
        int smoothPeriods = TsiParameters.DefaultSmoothPeriods, int signalPeriods = TsiParameters.DefaultSignalPeriods)
    {
        var kernel = new TsiKernel(new TsiParameters(lookbackPeriods, smoothPeriods, signalPeriods));
        double[] tsi = IndicatorColumn.Allocate(values.Length), signal = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            tsi[i] = point.Tsi;
            signal[i] = point.Signal;
        }
        return new TsiResult(tsi, signal);
    }

    /// <summary>TSI of the close prices of <paramref name="candles"/>.</summary>
    public static TsiResult Series(
        CandleSeries candles, int lookbackPeriods = TsiParameters.DefaultLookbackPeriods,
        int smoothPeriods = TsiParameters.DefaultSmoothPeriods, int signalPeriods = TsiParameters.DefaultSignalPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, smoothPeriods, signalPeriods);
    }
}
