using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// STARC bands (Stock.Indicators <c>ToStarcBands</c>). Warm-up: the centre is NaN for the first
/// <c>smaPeriods − 1</c> bars, the bands for the first <c>max(smaPeriods − 1, atrPeriods)</c>. NaN handling follows
/// <see cref="SmaKernel"/> and <see cref="AtrKernel"/>. Difference: the SMA uses a running sum, a few ulps from
/// Stock.Indicators' fresh per-window sum.
/// </summary>
public static partial class StarcBands
{
    /// <summary>STARC bands of high/low/close columns of equal length.</summary>
    public static StarcBandsResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int smaPeriods = StarcBandsParameters.DefaultSmaPeriods, double multiplier = StarcBandsParameters.DefaultMultiplier,
        int atrPeriods = StarcBandsParameters.DefaultAtrPeriods)
    {
        var kernel = new StarcBandsKernel(new StarcBandsParameters(smaPeriods, multiplier, atrPeriods));
        int n = IndicatorColumn.CommonLength("StarcBands", high, low, close);
        double[] upper = IndicatorColumn.Allocate(n), center = IndicatorColumn.Allocate(n), lower = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            upper[i] = point.UpperBand;
            center[i] = point.Centerline;
            lower[i] = point.LowerBand;
        }
        return new StarcBandsResult(upper, center, lower);
    }

    /// <summary>STARC bands of <paramref name="candles"/>.</summary>
    public static StarcBandsResult Series(
        CandleSeries candles, int smaPeriods = StarcBandsParameters.DefaultSmaPeriods,
        double multiplier = StarcBandsParameters.DefaultMultiplier, int atrPeriods = StarcBandsParameters.DefaultAtrPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, smaPeriods, multiplier, atrPeriods);
    }
}
