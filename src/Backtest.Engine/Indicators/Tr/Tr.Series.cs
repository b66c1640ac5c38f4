using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// True range (Stock.Indicators <c>ToTr</c>). Warm-up: NaN on the first bar (no previous close). A NaN price
/// makes its own bar's TR NaN, and the next bar's too when it is the close.
/// </summary>
public static partial class Tr
{
    /// <summary>True range of high/low/close columns of equal length.</summary>
    public static double[] Series(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close) =>
        HighLowCloseSeries.Run("Tr", high, low, close, new TrKernel());

    /// <summary>True range of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close);
    }
}
