using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Price momentum oscillator with its signal line (Stock.Indicators <c>ToPmo</c>). Warm-up: PMO is NaN for the
/// first <c>timePeriods + smoothPeriods − 1</c> values, the signal for <c>signalPeriods − 1</c> more. A NaN input
/// (or a close of 0, whose next rate of change is undefined) restarts the warm-up. Difference from
/// Stock.Indicators: the rate of change is computed as <c>100·(x − x')/x'</c> rather than <c>100·(x/x' − 1)</c>,
/// equal to within an ulp.
/// </summary>
public static partial class Pmo
{
    /// <summary>PMO of <paramref name="values"/>.</summary>
    public static PmoResult Series(
        ReadOnlySpan<double> values, int timePeriods = PmoParameters.DefaultTimePeriods,
        int smoothPeriods = PmoParameters.DefaultSmoothPeriods, int signalPeriods = PmoParameters.DefaultSignalPeriods)
    {
        var kernel = new PmoKernel(new PmoParameters(timePeriods, smoothPeriods, signalPeriods));
        double[] pmo = IndicatorColumn.Allocate(values.Length), signal = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            pmo[i] = point.Pmo;
            signal[i] = point.Signal;
        }
        return new PmoResult(pmo, signal);
    }

    /// <summary>PMO of the close prices of <paramref name="candles"/>.</summary>
    public static PmoResult Series(
        CandleSeries candles, int timePeriods = PmoParameters.DefaultTimePeriods,
        int smoothPeriods = PmoParameters.DefaultSmoothPeriods, int signalPeriods = PmoParameters.DefaultSignalPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, timePeriods, smoothPeriods, signalPeriods);
    }
}
