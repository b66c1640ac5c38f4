using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Moving average convergence/divergence (Stock.Indicators <c>ToMacd</c>). Warm-up: FastEma from value
/// <c>fastPeriods</c>, Macd and SlowEma from value <c>slowPeriods</c>, Signal and Histogram from value
/// <c>slowPeriods + signalPeriods − 1</c>. Difference from Stock.Indicators: the signal's seed sums the
/// first MACD values oldest first (it adds the newest first), so it can differ in the last bits.
/// </summary>
public static partial class Macd
{
    /// <summary>MACD of <paramref name="values"/>.</summary>
    public static MacdResult Series(
        ReadOnlySpan<double> values, int fastPeriods = MacdParameters.DefaultFastPeriods,
        int slowPeriods = MacdParameters.DefaultSlowPeriods, int signalPeriods = MacdParameters.DefaultSignalPeriods)
    {
        var kernel = new MacdKernel(new MacdParameters(fastPeriods, slowPeriods, signalPeriods));
        int n = values.Length;
        double[] macd = IndicatorColumn.Allocate(n), signal = IndicatorColumn.Allocate(n), histogram = IndicatorColumn.Allocate(n),
            fast = IndicatorColumn.Allocate(n), slow = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(values[i]);
            macd[i] = point.Macd;
            signal[i] = point.Signal;
            histogram[i] = point.Histogram;
            fast[i] = point.FastEma;
            slow[i] = point.SlowEma;
        }
        return new MacdResult(macd, signal, histogram, fast, slow);
    }

    /// <summary>MACD of the close prices of <paramref name="candles"/>.</summary>
    public static MacdResult Series(
        CandleSeries candles, int fastPeriods = MacdParameters.DefaultFastPeriods,
        int slowPeriods = MacdParameters.DefaultSlowPeriods, int signalPeriods = MacdParameters.DefaultSignalPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, fastPeriods, slowPeriods, signalPeriods);
    }
}
