using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Donchian channels over the prior <c>lookbackPeriods</c> bars (Stock.Indicators <c>ToDonchian</c>).
/// Warm-up: NaN for the first <c>lookbackPeriods</c> bars. Difference: Stock.Indicators computes in
/// <c>decimal</c>; we use <c>double</c> (last-digit differences in centre and width).
/// </summary>
public static partial class Donchian
{
    /// <summary>Donchian channels of high/low columns of equal length.</summary>
    public static DonchianResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, int lookbackPeriods = DonchianParameters.DefaultLookbackPeriods)
    {
        var kernel = new DonchianKernel(new DonchianParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Donchian", high, low);
        double[] upper = IndicatorColumn.Allocate(n), center = IndicatorColumn.Allocate(n), lower = IndicatorColumn.Allocate(n),
            width = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            upper[i] = point.UpperBand;
            center[i] = point.Centerline;
            lower[i] = point.LowerBand;
            width[i] = point.Width;
        }
        return new DonchianResult(upper, center, lower, width);
    }

    /// <summary>Donchian channels of <paramref name="candles"/>.</summary>
    public static DonchianResult Series(CandleSeries candles, int lookbackPeriods = DonchianParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, lookbackPeriods);
    }
}
