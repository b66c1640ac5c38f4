using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Ultimate oscillator (Stock.Indicators <c>ToUltimate</c>). Warm-up: NaN for the first <c>longPeriods</c> bars
/// (the first bar has no previous close). NaN while any window's true-range sum is 0, and while a NaN price is
/// in the long window. Difference from Stock.Indicators: only on malformed bars with high &lt; low, where our
/// true range (the largest of the three ranges) and its <c>max(high, close') − min(low, close')</c> differ.
/// </summary>
public static partial class Ultimate
{
    /// <summary>Ultimate oscillator of high/low/close columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int shortPeriods = UltimateParameters.DefaultShortPeriods, int middlePeriods = UltimateParameters.DefaultMiddlePeriods,
        int longPeriods = UltimateParameters.DefaultLongPeriods) =>
        HighLowCloseSeries.Run("Ultimate", high, low, close, new UltimateKernel(new UltimateParameters(shortPeriods, middlePeriods, longPeriods)));

    /// <summary>Ultimate oscillator of <paramref name="candles"/>.</summary>
    public static double[] Series(
        CandleSeries candles, int shortPeriods = UltimateParameters.DefaultShortPeriods,
        int middlePeriods = UltimateParameters.DefaultMiddlePeriods, int longPeriods = UltimateParameters.DefaultLongPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, shortPeriods, middlePeriods, longPeriods);
    }
}
