using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Williams Alligator (Stock.Indicators <c>ToAlligator</c>, on the median price). Warm-up: each line is NaN for its
/// first <c>periods + offset − 1</c> bars. The forward shift uses only past bars, so there is no look-ahead.
/// Difference: the SMMA step multiplies by a precomputed 1/n (see <see cref="SmmaKernel"/>), ≈1e-15 relative.
/// </summary>
public static partial class Alligator
{
    /// <summary>Alligator of high/low columns of equal length.</summary>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="parameters">Line lengths and offsets; null means the defaults (13/8, 8/5, 5/3).</param>
    public static AlligatorResult Series(ReadOnlySpan<double> high, ReadOnlySpan<double> low, AlligatorParameters? parameters = null)
    {
        var kernel = new AlligatorKernel(parameters ?? new AlligatorParameters());
        int n = IndicatorColumn.CommonLength("Alligator", high, low);
        double[] jaw = IndicatorColumn.Allocate(n), teeth = IndicatorColumn.Allocate(n), lips = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            jaw[i] = point.Jaw;
            teeth[i] = point.Teeth;
            lips[i] = point.Lips;
        }
        return new AlligatorResult(jaw, teeth, lips);
    }

    /// <summary>Alligator of <paramref name="candles"/>.</summary>
    /// <param name="candles">The candles.</param>
    /// <param name="parameters">Line lengths and offsets; null means the defaults (13/8, 8/5, 5/3).</param>
    public static AlligatorResult Series(CandleSeries candles, AlligatorParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, parameters);
    }
}
