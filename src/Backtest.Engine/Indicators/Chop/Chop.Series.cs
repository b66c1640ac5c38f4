using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Choppiness index (Stock.Indicators <c>ToChop</c>), 0..100: high means sideways, low means trending. Warm-up: NaN
/// for the first <c>lookbackPeriods</c> bars (the first bar has no true range); NaN for a window without range. A NaN
/// price affects exactly the windows holding a value computed from it. Difference: the true ranges are summed oldest
/// first (Stock.Indicators newest first), a few ulps apart.
/// </summary>
public static partial class Chop
{
    /// <summary>Choppiness index of high/low/close columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int lookbackPeriods = ChopParameters.DefaultLookbackPeriods) =>
        HighLowCloseSeries.Run("Chop", high, low, close, new ChopKernel(new ChopParameters(lookbackPeriods)));

    /// <summary>Choppiness index of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = ChopParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
