using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Tillson T3 moving average (Stock.Indicators v3 <c>ToT3</c>). No warm-up: every EMA starts at the first value,
/// so T3 is defined from the first value (it converges over roughly 6·n values; Stock.Indicators v2 seeded each
/// layer with an SMA instead). A NaN input gives NaN for that value and the cascade restarts at the next one.
/// </summary>
public static partial class T3
{
    /// <summary>T3 of <paramref name="values"/>.</summary>
    public static double[] Series(
        ReadOnlySpan<double> values, int lookbackPeriods = T3Parameters.DefaultLookbackPeriods,
        double volumeFactor = T3Parameters.DefaultVolumeFactor) =>
        ValueSeries.Run(values, new T3Kernel(new T3Parameters(lookbackPeriods, volumeFactor)));

    /// <summary>T3 of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(
        CandleSeries candles, int lookbackPeriods = T3Parameters.DefaultLookbackPeriods,
        double volumeFactor = T3Parameters.DefaultVolumeFactor)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, volumeFactor);
    }
}
