using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Heikin-Ashi candles (Stock.Indicators <c>ToHeikinAshi</c>). No warm-up: defined from the first bar.
/// Differences: Stock.Indicators computes in <c>decimal</c>, we in <c>double</c> (last-digit differences); after a
/// NaN price the next bar starts over from its own open and close (see <see cref="HeikinAshiKernel"/>).
/// </summary>
public static partial class HeikinAshi
{
    /// <summary>Heikin-Ashi candles of open/high/low/close/volume columns of equal length.</summary>
    public static HeikinAshiResult Series(
        ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume)
    {
        int n = IndicatorColumn.CommonLength("HeikinAshi", open, high, low, close);
        IndicatorColumn.CommonLength("HeikinAshi", open, volume);
        var kernel = new HeikinAshiKernel();
        double[] haOpen = IndicatorColumn.Allocate(n), haHigh = IndicatorColumn.Allocate(n), haLow = IndicatorColumn.Allocate(n),
            haClose = IndicatorColumn.Allocate(n), haVolume = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(open[i], high[i], low[i], close[i], volume[i]);
            haOpen[i] = point.Open;
            haHigh[i] = point.High;
            haLow[i] = point.Low;
            haClose[i] = point.Close;
            haVolume[i] = point.Volume;
        }
        return new HeikinAshiResult(haOpen, haHigh, haLow, haClose, haVolume);
    }

    /// <summary>Heikin-Ashi candles of <paramref name="candles"/>.</summary>
    public static HeikinAshiResult Series(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Open, candles.High, candles.Low, candles.Close, candles.Volume);
    }
}
