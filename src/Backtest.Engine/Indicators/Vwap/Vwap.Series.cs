using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Volume-weighted average price, cumulative from the first bar or from an anchor time (Stock.Indicators
/// <c>ToVwap(startDate)</c>). Warm-up: none, except NaN before the anchor and while no volume has traded.
/// The catalog entry takes no parameters and accumulates from the first bar; anchor through this API.
/// </summary>
public static partial class Vwap
{
    /// <summary>VWAP of aligned columns (open times epoch ms, high, low, close, volume).</summary>
    public static double[] Series(
        ReadOnlySpan<long> openTimeMs, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume, DateTime? startTime = null)
    {
        var kernel = new VwapKernel(new VwapParameters(startTime));
        int n = IndicatorColumn.CommonLength("Vwap", high, low, close, volume);
        if (openTimeMs.Length != n)
        {
            throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument,
                $"Vwap: every input column must have the same length; got {openTimeMs.Length} times and {n} prices.", "Vwap");
        }
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(openTimeMs[i], high[i], low[i], close[i], volume[i]);
        return result;
    }

    /// <summary>VWAP of <paramref name="candles"/>, from the first bar or from <paramref name="startTime"/>.</summary>
    public static double[] Series(CandleSeries candles, DateTime? startTime = null)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.OpenTimeMs, candles.High, candles.Low, candles.Close, candles.Volume, startTime);
    }
}
