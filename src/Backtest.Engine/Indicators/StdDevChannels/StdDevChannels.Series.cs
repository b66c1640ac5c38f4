using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Standard-deviation channels: a regression centre line with bands k standard deviations either side
/// (Stock.Indicators <c>ToStdDevChannels</c>). Warm-up: NaN for the first <c>lookbackPeriods − 1</c> values.
/// Difference from Stock.Indicators, deliberately: it cuts the series into n-bar segments counted back from the
/// LAST bar and draws each segment's own fit, so every new bar redraws the whole history (look-ahead). Here each
/// bar carries the channel of the window ending at it (centre = <see cref="Slope"/>'s Line), which never changes
/// afterwards; on the last bar of every Stock.Indicators segment the two agree. The repainting segments, with their
/// BreakPoint flags, are <see cref="Segments"/>, for charts only.
/// </summary>
public static partial class StdDevChannels
{
    /// <summary>Rolling channels of <paramref name="values"/>.</summary>
    public static StdDevChannelsResult Series(
        ReadOnlySpan<double> values, int lookbackPeriods = StdDevChannelsParameters.DefaultLookbackPeriods,
        double stdDeviations = StdDevChannelsParameters.DefaultStdDeviations)
    {
        var kernel = new StdDevChannelsKernel(new StdDevChannelsParameters(lookbackPeriods, stdDeviations));
        int count = values.Length;
        double[] center = IndicatorColumn.Allocate(count), upper = IndicatorColumn.Allocate(count), lower = IndicatorColumn.Allocate(count);
        for (int i = 0; i < count; i++)
        {
            var point = kernel.Update(values[i]);
            center[i] = point.Centerline;
            upper[i] = point.UpperChannel;
            lower[i] = point.LowerChannel;
        }
        return new StdDevChannelsResult(center, upper, lower);
    }

    /// <summary>Rolling channels of the close prices of <paramref name="candles"/>.</summary>
    public static StdDevChannelsResult Series(
        CandleSeries candles, int lookbackPeriods = StdDevChannelsParameters.DefaultLookbackPeriods,
        double stdDeviations = StdDevChannelsParameters.DefaultStdDeviations)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, stdDeviations);
    }

    /// <summary>
    /// Stock.Indicators' channels exactly: n-bar segments ending at the last value and stepping back, each drawn from
    /// the fit over that segment; bars before the first whole segment stay NaN. REPAINTS (the segments move with
    /// every new value): for drawing only, never for signals or backtests, so it is not in the catalog.
    /// </summary>
    public static StdDevChannelSegments Segments(
        ReadOnlySpan<double> values, int lookbackPeriods = StdDevChannelsParameters.DefaultLookbackPeriods,
        double stdDeviations = StdDevChannelsParameters.DefaultStdDeviations)
    {
        var parameters = new StdDevChannelsParameters(lookbackPeriods, stdDeviations);
        var fit = Slope.Series(values, lookbackPeriods);
        int count = values.Length;
        double[] center = new double[count], upper = new double[count], lower = new double[count];
        Array.Fill(center, double.NaN);
        Array.Fill(upper, double.NaN);
        Array.Fill(lower, double.NaN);
        var breakPoint = new bool[count];
        for (int end = count - 1; end >= lookbackPeriods - 1; end -= lookbackPeriods)
        {
            for (int p = end - lookbackPeriods + 1; p <= end; p++)
            {
                var point = StdDevChannelsKernel.Around(
                    SlopeKernel.LineAt(fit.Slope[end], fit.Intercept[end], p + 1), fit.StdDev[end], parameters.StdDeviations);
                (center[p], upper[p], lower[p]) = (point.Centerline, point.UpperChannel, point.LowerChannel);
            }
            breakPoint[end - lookbackPeriods + 1] = true;
        }
        return new StdDevChannelSegments(center, upper, lower, breakPoint);
    }
}
