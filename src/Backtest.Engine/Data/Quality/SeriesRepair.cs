using System.Globalization;

namespace Backtest.Engine.Data.Quality;

/// <summary>The <see cref="QualityPolicy.Repair"/> steps (documented there), as one pass over the rows in time order.</summary>
internal static class SeriesRepair
{
    /// <summary>The repaired series, the repair steps taken as sentences, and the open times of filled candles.</summary>
    public sealed record Result(CandleSeries Series, IReadOnlyList<string> Steps, IReadOnlyList<DateTime> FilledOpenTimes);

    /// <summary>Runs the repair.</summary>
    public static Result Run(CandleSeries series, bool fillGaps, DateTime? asOf)
    {
        int n = series.Count;
        var times = series.OpenTimeMs;
        var steps = new List<string>();
        var order = TimeOrder.SortedIndices(times);
        if (order is not null) steps.Add(Say($"sorted {n:N0} rows by open time"));

        var kept = new List<int>(n);
        int unusable = 0, exact = 0, conflicting = 0;
        for (int k = 0; k < n; k++)
        {
            int row = order?[k] ?? k;
            if ((RowCheck.Classify(series, row) & RowFlags.Unusable) != 0)
            {
                unusable++;
                continue;
            }
            if (kept.Count > 0 && times[kept[^1]] == times[row])
            {
                if (RowCheck.SameValues(series, kept[^1], row)) exact++;
                else conflicting++;
                kept[^1] = row;
                continue;
            }
            kept.Add(row);
        }
        if (unusable > 0) steps.Add(Say($"dropped {unusable:N0} unusable rows (NaN/infinite or non-positive prices, OHLC violations, invalid volume)"));
        if (exact > 0) steps.Add(Say($"dropped {exact:N0} exact duplicate rows"));
        if (conflicting > 0) steps.Add(Say($"dropped {conflicting:N0} conflicting duplicate rows, keeping the last row in file order for each open time"));

        long asOfMs = CandleSeries.ToEpochMs(asOf ?? DateTime.UtcNow);
        if (kept.Count > 0 && series.Interval.Next(times[kept[^1]]) > asOfMs)
        {
            steps.Add(Say($"dropped the unfinished last candle at {CandleSeries.ToUtc(times[kept[^1]]):yyyy-MM-ddTHH:mm}Z"));
            kept.RemoveAt(kept.Count - 1);
        }

        var filled = new List<DateTime>();
        var builder = new CandleSeriesBuilder(kept.Count + 16);
        for (int k = 0; k < kept.Count; k++)
        {
            int row = kept[k];
            if (fillGaps && k > 0) FillGap(series, kept[k - 1], times[row], builder, filled);
            builder.Add(times[row], series.Open[row], series.High[row], series.Low[row], series.Close[row], series.Volume[row], series.QuoteVolume[row], series.Trades[row]);
        }
        if (filled.Count > 0) steps.Add(Say($"filled {filled.Count:N0} missing candles with flat candles at the previous close and zero volume"));
        var result = builder.Build(series.Symbol, series.Market, series.Interval, series.Source, series.IsSynthetic);
        return new Result(result, steps, filled);
    }

    private static void FillGap(CandleSeries series, int previousRow, long nextOpenMs, CandleSeriesBuilder builder, List<DateTime> filled)
    {
        var interval = series.Interval;
        double close = series.Close[previousRow];
        double quoteVolume = double.IsNaN(series.QuoteVolume[previousRow]) ? double.NaN : 0;
        long trades = series.Trades[previousRow] < 0 ? -1 : 0;
        long missing = TimeOrder.MissingBetween(interval, series.OpenTimeMs[previousRow], nextOpenMs);
        long t = series.OpenTimeMs[previousRow];
        for (long m = 0; m < missing; m++)
        {
            t = interval.Next(t);
            builder.Add(t, close, close, close, close, 0, quoteVolume, trades);
            filled.Add(CandleSeries.ToUtc(t));
        }
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
