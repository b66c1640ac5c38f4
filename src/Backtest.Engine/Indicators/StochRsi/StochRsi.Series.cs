using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Stochastic RSI (Stock.Indicators <c>ToStochRsi</c>). Warm-up: %K is NaN for the first
/// <c>rsiPeriods + stochPeriods + smoothPeriods − 2</c> values, the signal for <c>signalPeriods − 1</c> more.
/// A flat RSI window (highest = lowest) gives 0, as in Stock.Indicators. NaN inputs restart the RSI.
/// </summary>
public static partial class StochRsi
{
    /// <summary>Stochastic RSI of <paramref name="values"/>.</summary>
    public static StochRsiResult Series(
        ReadOnlySpan<double> values, int rsiPeriods = StochRsiParameters.DefaultRsiPeriods,
        int stochPeriods = StochRsiParameters.DefaultStochPeriods, int signalPeriods = StochRsiParameters.DefaultSignalPeriods,
        int smoothPeriods = StochRsiParameters.DefaultSmoothPeriods)
    {
        var kernel = new StochRsiKernel(new StochRsiParameters(rsiPeriods, stochPeriods, signalPeriods, smoothPeriods));
        double[] stochRsi = IndicatorColumn.Allocate(values.Length), signal = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            stochRsi[i] = point.StochRsi;
            signal[i] = point.Signal;
        }
        return new StochRsiResult(stochRsi, signal);
    }

    /// <summary>Stochastic RSI of the close prices of <paramref name="candles"/>.</summary>
    public static StochRsiResult Series(
        CandleSeries candles, int rsiPeriods = StochRsiParameters.DefaultRsiPeriods,
        int stochPeriods = StochRsiParameters.DefaultStochPeriods, int signalPeriods = StochRsiParameters.DefaultSignalPeriods,
        int smoothPeriods = StochRsiParameters.DefaultSmoothPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, rsiPeriods, stochPeriods, signalPeriods, smoothPeriods);
    }
}
