using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Relative strength index, Wilder's smoothing (Stock.Indicators <c>ToRsi</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods</c> values (RSI needs n changes). After a NaN input the output is NaN until n changes
/// between finite values have reseeded it. Difference from Stock.Indicators: on the one bar whose change is
/// NaN it reports 100 (its "avgLoss &gt; 0" test fails); we report NaN. ∞ changes also restart the warm-up.
/// </summary>
public static partial class Rsi
{
    /// <summary>RSI of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = RsiParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new RsiKernel(new RsiParameters(lookbackPeriods)));

    /// <summary>RSI of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = RsiParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
