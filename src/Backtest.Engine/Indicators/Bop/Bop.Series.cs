using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Balance of power (Stock.Indicators <c>ToBop</c>). Warm-up: NaN for the first <c>smoothPeriods − 1</c> bars; also
/// NaN for every window holding a bar with high = low or a NaN price. Difference: the SMA uses a running sum
/// (<see cref="SmaKernel"/>), a few ulps from Stock.Indicators' fresh per-window sum.
/// </summary>
public static partial class Bop
{
    /// <summary>Balance of power of open/high/low/close columns of equal length.</summary>
    public static double[] Series(
        ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int smoothPeriods = BopParameters.DefaultSmoothPeriods)
    {
        var kernel = new BopKernel(new BopParameters(smoothPeriods));
        int n = IndicatorColumn.CommonLength("Bop", open, high, low, close);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(open[i], high[i], low[i], close[i]);
        return result;
    }

    /// <summary>Balance of power of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int smoothPeriods = BopParameters.DefaultSmoothPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Open, candles.High, candles.Low, candles.Close, smoothPeriods);
    }
}
