using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Awesome oscillator (Stock.Indicators <c>ToAwesome</c>, on the median price). Warm-up: NaN for the first
/// <c>slowPeriods − 1</c> bars. A NaN price affects exactly the windows that hold it. Difference: the SMAs use
/// running sums (<see cref="SmaKernel"/>), a few ulps from Stock.Indicators' fresh per-window sums.
/// </summary>
public static partial class Awesome
{
    /// <summary>Awesome oscillator of high/low columns of equal length.</summary>
    public static AwesomeResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low,
        int fastPeriods = AwesomeParameters.DefaultFastPeriods, int slowPeriods = AwesomeParameters.DefaultSlowPeriods)
    {
        var kernel = new AwesomeKernel(new AwesomeParameters(fastPeriods, slowPeriods));
        int n = IndicatorColumn.CommonLength("Awesome", high, low);
        double[] oscillator = IndicatorColumn.Allocate(n), normalized = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            oscillator[i] = point.Oscillator;
            normalized[i] = point.Normalized;
        }
        return new AwesomeResult(oscillator, normalized);
    }

    /// <summary>Awesome oscillator of <paramref name="candles"/>.</summary>
    public static AwesomeResult Series(
        CandleSeries candles, int fastPeriods = AwesomeParameters.DefaultFastPeriods, int slowPeriods = AwesomeParameters.DefaultSlowPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, fastPeriods, slowPeriods);
    }
}
