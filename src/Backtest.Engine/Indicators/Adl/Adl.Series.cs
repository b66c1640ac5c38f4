using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Accumulation/distribution line with its money flow multiplier and volume (Stock.Indicators <c>ToAdl</c>). No
/// warm-up: defined from the first bar. Difference from Stock.Indicators: there one NaN price or volume makes the
/// line NaN for good; here that bar reports ADL NaN (its multiplier and volume as computed) and the line carries on
/// from the previous value, i.e. it sums the bars that can be summed.
/// </summary>
public static partial class Adl
{
    /// <summary>ADL of high/low/close/volume columns of equal length.</summary>
    public static AdlResult Series(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume)
    {
        var kernel = new AdlKernel();
        int n = IndicatorColumn.CommonLength("Adl", high, low, close, volume);
        double[] adl = IndicatorColumn.Allocate(n), multiplier = IndicatorColumn.Allocate(n), flowVolume = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i], volume[i]);
            adl[i] = point.Adl;
            multiplier[i] = point.MoneyFlowMultiplier;
            flowVolume[i] = point.MoneyFlowVolume;
        }
        return new AdlResult(adl, multiplier, flowVolume);
    }

    /// <summary>ADL of <paramref name="candles"/>.</summary>
    public static AdlResult Series(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, candles.Volume);
    }
}
