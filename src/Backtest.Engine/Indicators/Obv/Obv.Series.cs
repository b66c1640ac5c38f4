using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// On-balance volume (Stock.Indicators <c>ToObv</c>). No warm-up: 0 on the first bar. After a NaN close or a
/// non-finite OBV it starts over at 0 (see <see cref="ObvKernel"/>).
/// </summary>
public static partial class Obv
{
    /// <summary>OBV of close/volume columns of equal length.</summary>
    public static double[] Series(ReadOnlySpan<double> close, ReadOnlySpan<double> volume)
    {
        var kernel = new ObvKernel();
        int n = IndicatorColumn.CommonLength("Obv", close, volume);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(close[i], volume[i]);
        return result;
    }

    /// <summary>OBV of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, candles.Volume);
    }
}
