using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// ATR trailing stop (Stock.Indicators <c>ToAtrStop</c>); its <c>EndType</c> enum is the number 0 (Close) or
/// 1 (HighLow). Warm-up: NaN for the first <c>lookbackPeriods</c> bars. Differences: Stock.Indicators also
/// reports the stop as <c>BuyStop</c> (down-trend) or <c>SellStop</c> (up-trend) with the other one null; we
/// report <c>Direction</c> (+1 = its SellStop, −1 = its BuyStop), so every output is defined on every bar after
/// the warm-up. A NaN price restarts the ATR warm-up and the bands (Stock.Indicators' ATR stays NaN).
/// </summary>
public static partial class AtrStop
{
    /// <summary>ATR trailing stop of high/low/close columns of equal length.</summary>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="lookbackPeriods">ATR length.</param>
    /// <param name="multiplier">Stop distance in ATRs.</param>
    /// <param name="endType">0 = Close, 1 = HighLow.</param>
    public static AtrStopResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = AtrStopParameters.DefaultLookbackPeriods, double multiplier = AtrStopParameters.DefaultMultiplier,
        int endType = AtrStopParameters.DefaultEndType)
    {
        var kernel = new AtrStopKernel(new AtrStopParameters(lookbackPeriods, multiplier, endType));
        int n = IndicatorColumn.CommonLength("AtrStop", high, low, close);
        double[] stop = IndicatorColumn.Allocate(n), direction = IndicatorColumn.Allocate(n), atr = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            stop[i] = point.AtrStop;
            direction[i] = point.Direction;
            atr[i] = point.Atr;
        }
        return new AtrStopResult(stop, direction, atr);
    }

    /// <summary>ATR trailing stop of <paramref name="candles"/>.</summary>
    /// <param name="candles">The candles.</param>
    /// <param name="lookbackPeriods">ATR length.</param>
    /// <param name="multiplier">Stop distance in ATRs.</param>
    /// <param name="endType">0 = Close, 1 = HighLow.</param>
    public static AtrStopResult Series(
        CandleSeries candles, int lookbackPeriods = AtrStopParameters.DefaultLookbackPeriods,
        double multiplier = AtrStopParameters.DefaultMultiplier, int endType = AtrStopParameters.DefaultEndType)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods, multiplier, endType);
    }
}
