using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Rolling population standard deviation with mean and z-score (Stock.Indicators <c>ToStdDev</c>).
/// Warm-up: NaN for the first <c>lookbackPeriods − 1</c> values; ZScore is also NaN for a flat window.
/// </summary>
public static partial class StdDev
{
    /// <summary>Rolling standard deviation of <paramref name="values"/>.</summary>
    public static StdDevResult Series(ReadOnlySpan<double> values, int lookbackPeriods = StdDevParameters.DefaultLookbackPeriods)
    {
        var kernel = new StdDevKernel(new StdDevParameters(lookbackPeriods));
        double[] stdDev = IndicatorColumn.Allocate(values.Length), mean = IndicatorColumn.Allocate(values.Length),
            zScore = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            stdDev[i] = point.StdDev;
            mean[i] = point.Mean;
            zScore[i] = point.ZScore;
        }
        return new StdDevResult(stdDev, mean, zScore);
    }

    /// <summary>Rolling standard deviation of the close prices of <paramref name="candles"/>.</summary>
    public static StdDevResult Series(CandleSeries candles, int lookbackPeriods = StdDevParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
