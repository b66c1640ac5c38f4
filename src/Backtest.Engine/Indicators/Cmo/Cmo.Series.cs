using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Chande momentum oscillator (Stock.Indicators <c>ToCmo</c>). Warm-up: NaN for the first <c>lookbackPeriods</c>
/// values (n changes are needed). NaN when the window holds no movement, and while a NaN change is in the window.
/// </summary>
public static partial class Cmo
{
    /// <summary>CMO of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = CmoParameters.DefaultLookbackPeriods) =>
        ValueSeries.Run(values, new CmoKernel(new CmoParameters(lookbackPeriods)));

    /// <summary>CMO of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = CmoParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
