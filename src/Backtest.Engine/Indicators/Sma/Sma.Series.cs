using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Simple moving average (Stock.Indicators <c>ToSma</c>): the mean of the last <c>lookbackPeriods</c> values.
/// Warm-up: NaN for the first <c>lookbackPeriods - 1</c> values. A NaN or ∞ input makes every window that
/// contains it NaN/∞ and nothing after. Difference from Stock.Indicators: values between window wraps may
/// differ by a few ulps (running sum; see <see cref="SmaKernel"/>).
/// </summary>
public static partial class Sma
{
    /// <summary>SMA of <paramref name="values"/>.</summary>
    public static double[] Series(ReadOnlySpan<double> values, int lookbackPeriods = SmaParameters.DefaultLookbackPeriods)
    {
        var parameters = new SmaParameters(lookbackPeriods);
        var result = IndicatorColumn.Allocate(values.Length);
        SmaKernel.Batch(values, result, parameters.LookbackPeriods);
        return result;
    }

    /// <summary>SMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(CandleSeries candles, int lookbackPeriods = SmaParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
