using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Triple exponential moving average (Stock.Indicators v3 <c>ToTema</c>, which has no default length; ours is 20; not TRIX). Warm-up: NaN for the first
/// <c>lookbackPeriods - 1</c> values (v3 seeding; v2 waited 3n−2). After a NaN or ∞ input the output is NaN
/// until <c>lookbackPeriods</c> further values have reseeded it.
/// </summary>
public static partial class Tema
{
    /// <summary>TEMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = TemaParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new TemaKernel(new TemaParameters(lookbackPeriods)));

    /// <summary>TEMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = TemaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
