using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// SuperTrend (Stock.Indicators <c>ToSuperTrend</c>). Warm-up: NaN for the first <c>lookbackPeriods</c> bars.
/// Differences: Stock.Indicators reports the active band twice, as <c>SuperTrend</c> and again as <c>UpperBand</c>
/// (down-trend) or <c>LowerBand</c> (up-trend) with the other one null; we report <c>SuperTrend</c> with
/// <c>Direction</c> (+1 = its LowerBand, −1 = its UpperBand), so every output is defined on every bar after the
/// warm-up. A NaN price restarts the ATR warm-up and the bands (Stock.Indicators stays NaN).
/// </summary>
public static partial class SuperTrend
{
    /// <summary>SuperTrend of high/low/close columns of equal length.</summary>
    public static SuperTrendResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = SuperTrendParameters.DefaultLookbackPeriods, double multiplier = SuperTrendParameters.DefaultMultiplier)
    {
        var kernel = new SuperTrendKernel(new SuperTrendParameters(lookbackPeriods, multiplier));
        int n = IndicatorColumn.CommonLength("SuperTrend", high, low, close);
        double[] line = IndicatorColumn.Allocate(n), direction = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            line[i] = point.SuperTrend;
            direction[i] = point.Direction;
        }
        return new SuperTrendResult(line, direction);
    }

    /// <summary>SuperTrend of <paramref name="candles"/>.</summary>
    public static SuperTrendResult Series(
        CandleSeries candles, int lookbackPeriods = SuperTrendParameters.DefaultLookbackPeriods,
        double multiplier = SuperTrendParameters.DefaultMultiplier)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods, multiplier);
    }
}
