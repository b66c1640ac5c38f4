using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Rolling linear regression: slope, intercept, standard deviation, R² and line (Stock.Indicators <c>ToSlope</c>).
/// Warm-up: NaN for the first <c>lookbackPeriods − 1</c> values. A NaN input makes every window containing it NaN.
/// Difference from Stock.Indicators, deliberately: its <c>Line</c> is the LAST window's line painted back over the
/// last n bars and empty elsewhere, so it changes whenever a bar is added (look-ahead). Our <c>Line</c> is each
/// bar's own fit at that bar; it equals Stock.Indicators' value on the final bar. The repainting segment is
/// <see cref="LastSegment"/>, for charts only. Also, Stock.Indicators rounds its Line to <c>decimal</c>; ours stays double.
/// </summary>
public static partial class Slope
{
    /// <summary>Rolling regression of <paramref name="values"/>.</summary>
    public static SlopeResult Series(ReadOnlySpan<double> values, int lookbackPeriods = SlopeParameters.DefaultLookbackPeriods)
    {
        var kernel = new SlopeKernel(new SlopeParameters(lookbackPeriods));
        int count = values.Length;
        double[] slope = IndicatorColumn.Allocate(count), intercept = IndicatorColumn.Allocate(count), stdDev = IndicatorColumn.Allocate(count),
            rSquared = IndicatorColumn.Allocate(count), line = IndicatorColumn.Allocate(count);
        for (int i = 0; i < count; i++)
        {
            var point = kernel.Update(values[i]);
            slope[i] = point.Slope;
            intercept[i] = point.Intercept;
            stdDev[i] = point.StdDev;
            rSquared[i] = point.RSquared;
            line[i] = point.Line;
        }
        return new SlopeResult(slope, intercept, stdDev, rSquared, line);
    }

    /// <summary>Rolling regression of the close prices of <paramref name="candles"/>.</summary>
    public static SlopeResult Series(CandleSeries candles, int lookbackPeriods = SlopeParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }

    /// <summary>
    /// Stock.Indicators' <c>Line</c>: the last window's regression line over the last <paramref name="lookbackPeriods"/>
    /// values, NaN before. It REPAINTS (every new value moves the whole segment), so it is for drawing the current fit,
    /// never for signals or backtests; it is therefore not in the catalog.
    /// </summary>
    public static double[] LastSegment(ReadOnlySpan<double> values, int lookbackPeriods = SlopeParameters.DefaultLookbackPeriods)
    {
        var fit = Series(values, lookbackPeriods);
        var segment = new double[values.Length];
        Array.Fill(segment, double.NaN);
        if (values.Length < lookbackPeriods) return segment;
        double slope = fit.Slope[^1], intercept = fit.Intercept[^1];
        for (int p = values.Length - lookbackPeriods; p < values.Length; p++) segment[p] = SlopeKernel.LineAt(slope, intercept, p + 1);
        return segment;
    }
}
