using System.Globalization;
using Backtest.Engine.Data;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// Turns one symbol's candles into its <see cref="BandSignal"/>: picks the window (candles opening in the last
/// <see cref="BandScanOptions.Days"/> days before the latest candle's close), fits it with the band kernel and
/// applies <see cref="BandRule"/>. x is the bar number, so a gap in the candles is not stretched out in time;
/// the data-quality report (and <c>QualityPolicy Repair</c> with filled gaps) is the place to deal with gaps.
/// </summary>
public static class BandWindow
{
    /// <summary>The band signal on the latest close of <paramref name="series"/>.</summary>
    /// <remarks>Too little data is not an exception: the result is HOLD with <see cref="BandSignal.Error"/> set.</remarks>
    public static BandSignal Signal(CandleSeries series, BandScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        string interval = series.Interval.Name ?? "";
        if (series.Count == 0)
        {
            return new BandSignal { Symbol = series.Symbol, Interval = interval, Error = "No candles: the source has none in the requested range." };
        }
        long lastOpen = series.OpenTimeMs[^1];
        long end = series.Interval.Next(lastOpen);
        int first = series.LowerBound(end - ((long)options.Days * 86_400_000));
        int bars = series.Count - first;
        var window = series.Close[first..];
        double close = window[^1];
        var known = new BandSignal
        {
            Symbol = series.Symbol,
            Interval = interval,
            Close = close,
            Bars = bars,
            AsOf = CandleSeries.ToUtc(lastOpen),
            StartTime = CandleSeries.ToUtc(series.OpenTimeMs[first]),
            EndTime = CandleSeries.ToUtc(end),
        };
        int required = options.RequiredBars(series.Interval);
        if (bars < required)
        {
            return known with
            {
                Error = string.Create(CultureInfo.InvariantCulture,
                    $"Too little data: {bars} {interval} candles in the last {options.Days} days; a signal needs at least {required}."),
            };
        }
        var point = PolynomialBasis.Shared(bars, options.Degree).Project(window, options.KStd);
        if (!double.IsFinite(point.Fit) || !double.IsFinite(point.Sigma))
        {
            return known with { Error = string.Create(CultureInfo.InvariantCulture, $"The fit is undefined: the last {bars} closes include a non-finite value.") };
        }
        var signal = BandRule.Classify(close, point.Lower, point.Upper);
        return known with
        {
            Signal = signal,
            Lower = point.Lower,
            Fit = point.Fit,
            Upper = point.Upper,
            PotentialReturnPct = BandRule.PotentialReturnPct(signal, point.Lower, point.Upper),
            Sigma = point.Sigma,
            RSquared = point.RSquared,
            DistanceSigma = BandRule.DistanceSigma(close, point.Fit, point.Sigma),
        };
    }
}
