using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Chandelier exit (Stock.Indicators <c>ToChandelier</c>); its <c>Direction</c> enum is the number 0 (Long) or
/// 1 (Short). Warm-up: NaN for the first <c>lookbackPeriods</c> bars (the ATR's warm-up). Differences:
/// <c>lookbackPeriods</c> starts at 2 (the ATR's minimum; Stock.Indicators allows 1); a NaN price restarts the ATR
/// warm-up (Stock.Indicators' ATR stays NaN).
/// </summary>
public static partial class Chandelier
{
    /// <summary>Chandelier exit of high/low/close columns of equal length.</summary>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="lookbackPeriods">Window and ATR length.</param>
    /// <param name="multiplier">Distance in ATRs.</param>
    /// <param name="type">0 = Long, 1 = Short.</param>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = ChandelierParameters.DefaultLookbackPeriods, double multiplier = ChandelierParameters.DefaultMultiplier,
        int type = ChandelierParameters.DefaultType) =>
        HighLowCloseSeries.Run("Chandelier", high, low, close, new ChandelierKernel(new ChandelierParameters(lookbackPeriods, multiplier, type)));

    /// <summary>Chandelier exit of <paramref name="candles"/>.</summary>
    /// <param name="candles">The candles.</param>
    /// <param name="lookbackPeriods">Window and ATR length.</param>
    /// <param name="multiplier">Distance in ATRs.</param>
    /// <param name="type">0 = Long, 1 = Short.</param>
    public static double[] Series(
        CandleSeries candles, int lookbackPeriods = ChandelierParameters.DefaultLookbackPeriods,
        double multiplier = ChandelierParameters.DefaultMultiplier, int type = ChandelierParameters.DefaultType)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods, multiplier, type);
    }
}
