using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Chaikin money flow with each bar's money flow multiplier and volume (Stock.Indicators <c>ToCmf</c>). Warm-up: CMF
/// is NaN for the first <c>lookbackPeriods − 1</c> bars (the multiplier and flow volume are defined from the first).
/// NaN while the window's volume is 0, and while a NaN price or volume is in the window.
/// </summary>
public static partial class Cmf
{
    /// <summary>CMF of high/low/close/volume columns of equal length.</summary>
    public static CmfResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        int lookbackPeriods = CmfParameters.DefaultLookbackPeriods)
    {
        var kernel = new CmfKernel(new CmfParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Cmf", high, low, close, volume);
        double[] multiplier = IndicatorColumn.Allocate(n), flowVolume = IndicatorColumn.Allocate(n), cmf = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i], volume[i]);
            multiplier[i] = point.MoneyFlowMultiplier;
            flowVolume[i] = point.MoneyFlowVolume;
            cmf[i] = point.Cmf;
        }
        return new CmfResult(multiplier, flowVolume, cmf);
    }

    /// <summary>CMF of <paramref name="candles"/>.</summary>
    public static CmfResult Series(CandleSeries candles, int lookbackPeriods = CmfParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, candles.Volume, lookbackPeriods);
    }
}
