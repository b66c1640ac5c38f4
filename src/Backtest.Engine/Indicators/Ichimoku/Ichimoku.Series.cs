using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Ichimoku cloud (Stock.Indicators <c>ToIchimoku(tenkanPeriods, kijunPeriods, senkouBPeriods)</c>, whose offsets
/// default to kijunPeriods). Warm-up: Tenkan-sen NaN for the first <c>tenkanPeriods − 1</c> bars, Kijun-sen for
/// <c>kijunPeriods − 1</c>, Senkou span A until <c>kijunPeriods + max(tenkan, kijun) − 1</c>, span B until
/// <c>kijunPeriods + senkouBPeriods − 1</c>. Differences: no <c>ChikouSpan</c> — Stock.Indicators' lagging span at
/// bar i is the close of bar <c>i + kijunPeriods</c>, a future value, which this catalog never reports (the same
/// comparison without look-ahead is today's close against the close kijunPeriods bars ago, e.g. <c>Roc</c>);
/// Stock.Indicators computes in <c>decimal</c>, we in <c>double</c> (last-digit differences).
/// </summary>
public static partial class Ichimoku
{
    /// <summary>Ichimoku cloud of high/low columns of equal length.</summary>
    public static IchimokuResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, int tenkanPeriods = IchimokuParameters.DefaultTenkanPeriods,
        int kijunPeriods = IchimokuParameters.DefaultKijunPeriods, int senkouBPeriods = IchimokuParameters.DefaultSenkouBPeriods)
    {
        var kernel = new IchimokuKernel(new IchimokuParameters(tenkanPeriods, kijunPeriods, senkouBPeriods));
        int n = IndicatorColumn.CommonLength("Ichimoku", high, low);
        double[] tenkan = IndicatorColumn.Allocate(n), kijun = IndicatorColumn.Allocate(n), spanA = IndicatorColumn.Allocate(n),
            spanB = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            tenkan[i] = point.TenkanSen;
            kijun[i] = point.KijunSen;
            spanA[i] = point.SenkouSpanA;
            spanB[i] = point.SenkouSpanB;
        }
        return new IchimokuResult(tenkan, kijun, spanA, spanB);
    }

    /// <summary>Ichimoku cloud of <paramref name="candles"/>.</summary>
    public static IchimokuResult Series(
        CandleSeries candles, int tenkanPeriods = IchimokuParameters.DefaultTenkanPeriods,
        int kijunPeriods = IchimokuParameters.DefaultKijunPeriods, int senkouBPeriods = IchimokuParameters.DefaultSenkouBPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, tenkanPeriods, kijunPeriods, senkouBPeriods);
    }
}
