using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Aroon up/down/oscillator (Stock.Indicators <c>ToAroon</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods</c> bars. Difference: Stock.Indicators skips NaN prices when searching the window; we
/// report NaN while one is in it.
/// </summary>
public static partial class Aroon
{
    /// <summary>Aroon of high/low columns of equal length.</summary>
    public static AroonResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, int lookbackPeriods = AroonParameters.DefaultLookbackPeriods)
    {
        var kernel = new AroonKernel(new AroonParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Aroon", high, low);
        double[] up = IndicatorColumn.Allocate(n), down = IndicatorColumn.Allocate(n), oscillator = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            up[i] = point.AroonUp;
            down[i] = point.AroonDown;
            oscillator[i] = point.Oscillator;
        }
        return new AroonResult(up, down, oscillator);
    }

    /// <summary>Aroon of <paramref name="candles"/>.</summary>
    public static AroonResult Series(CandleSeries candles, int lookbackPeriods = AroonParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, lookbackPeriods);
    }
}
