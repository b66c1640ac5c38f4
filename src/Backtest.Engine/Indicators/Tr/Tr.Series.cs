using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// True range (Stock.Indicators <c>ToTr</c>). Warm-up: NaN on the first bar (no previous close). A NaN price
/// makes its own bar's TR NaN, and the next bar's too when it is the close.
/// </summary>
public static partial class Tr
{
    /// <summary>True range of high/low/close columns of equal length.</summary>
    public static double[] Series(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close)
    {
        var kernel = new TrKernel();
        int n = IndicatorColumn.CommonLength("Tr", high, low, close);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(high[i], low[i], close[i]);
        return result;
    }

    /// <summary>True range of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close);
    }
}
