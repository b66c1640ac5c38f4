using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// TRIX, the one-bar percent change of a triple-smoothed EMA (Stock.Indicators v3 <c>ToTrix</c>, outputs Ema3 and
/// Trix; v2's signal line is not part of v3). Warm-up: both NaN for the first <c>lookbackPeriods</c> values (the
/// EMAs seed on value n; the change needs one more). A NaN input restarts the warm-up. Difference from
/// Stock.Indicators: TRIX is NaN (not ±∞) where the previous EMA3 is exactly 0.
/// </summary>
public static partial class Trix
{
    /// <summary>TRIX of <paramref name="values"/>.</summary>
    public static TrixResult Series(ReadOnlySpan<double> values, int lookbackPeriods = TrixParameters.DefaultLookbackPeriods)
    {
        var kernel = new TrixKernel(new TrixParameters(lookbackPeriods));
        double[] ema3 = IndicatorColumn.Allocate(values.Length), trix = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            ema3[i] = point.Ema3;
            trix[i] = point.Trix;
        }
        return new TrixResult(ema3, trix);
    }

    /// <summary>TRIX of the close prices of <paramref name="candles"/>.</summary>
    public static TrixResult Series(CandleSeries candles, int lookbackPeriods = TrixParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
