using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Several indicators over one candle series, answered in the series' own row order: what the CLI's
/// <c>indicators</c> command prints. Rows that are out of time order (a newest-first file) are computed on the
/// time-sorted bars and mapped back, so every row gets exactly the value its bar has in time order. Two rows with
/// one open time are refused: an indicator over a repeated bar is silently wrong.
/// </summary>
public sealed class IndicatorTable
{
    private IndicatorTable(CandleSeries series, IReadOnlyList<IndicatorResult> results, IReadOnlyList<string> headers, bool sorted)
    {
        Series = series;
        Results = results;
        Headers = headers;
        Columns = [.. results.SelectMany(r => r.Columns)];
        WasReordered = sorted;
    }

    /// <summary>The candles, in their original row order.</summary>
    public CandleSeries Series { get; }

    /// <summary>One result per request, in request order; every column in the original row order.</summary>
    public IReadOnlyList<IndicatorResult> Results { get; }

    /// <summary>
    /// Column headers, <c>&lt;Name&gt;.&lt;Output&gt;</c> (<see cref="IndicatorResult.Headers"/>); an indicator asked for
    /// more than once is qualified by its parameters instead, e.g. <c>Rsi(7).Rsi</c> and <c>Rsi(14).Rsi</c>.
    /// </summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Every output column, in <see cref="Headers"/> order.</summary>
    public IReadOnlyList<double[]> Columns { get; }

    /// <summary>True when the rows were not in time order and the values were computed on the sorted bars.</summary>
    public bool WasReordered { get; }

    /// <summary>Computes <paramref name="requests"/> over <paramref name="series"/>.</summary>
    /// <exception cref="BacktestException">
    /// Two rows share an open time (<see cref="ErrorKind.InvalidData"/>), or one indicator is asked for twice with the
    /// same parameters (<see cref="ErrorKind.InvalidArgument"/>).
    /// </exception>
    public static IndicatorTable Compute(CandleSeries series, IReadOnlyList<IndicatorRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(requests);
        var headers = BuildHeaders(requests);
        int[]? order = TimeOrder.SortedIndices(series.OpenTimeMs);
        var timeOrdered = order is null ? series : Reorder(series, order);
        RefuseRepeatedTimes(timeOrdered, order);
        var results = new List<IndicatorResult>(requests.Count);
        foreach (var request in requests)
        {
            var result = request.Compute(timeOrdered);
            results.Add(order is null ? result : result with { Columns = [.. result.Columns.Select(c => Restore(c, order))] });
        }
        return new IndicatorTable(series, results, headers, order is not null);
    }

    private static List<string> BuildHeaders(IReadOnlyList<IndicatorRequest> requests)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headers = new List<string>();
        foreach (var request in requests)
        {
            string label = request.ToString();
            if (!seen.Add(label))
            {
                throw new BacktestException(ErrorKind.InvalidArgument,
                    $"{label} is asked for twice; each indicator and parameter set gives its columns once.", request.Entry.Name);
            }
            bool repeated = requests.Count(r => r.Entry == request.Entry) > 1;
            headers.AddRange(request.Entry.Outputs.Select(o => repeated ? $"{label}.{o}" : $"{request.Entry.Name}.{o}"));
        }
        return headers;
    }

    private static CandleSeries Reorder(CandleSeries series, int[] order)
    {
        var builder = new CandleSeriesBuilder(series.Count);
        foreach (int i in order)
        {
            builder.Add(series.OpenTimeMs[i], series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i],
                series.QuoteVolume[i], series.Trades[i]);
        }
        return builder.Build(series.Symbol, series.Market, series.Interval, series.Source, series.IsSynthetic);
    }

    private static void RefuseRepeatedTimes(CandleSeries timeOrdered, int[]? order)
    {
        var times = timeOrdered.OpenTimeMs;
        for (int j = 1; j < times.Length; j++)
        {
            if (times[j] != times[j - 1]) continue;
            int first = order?[j - 1] ?? j - 1, second = order?[j] ?? j;
            string time = CandleSeries.ToUtc(times[j]).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            throw new BacktestException(ErrorKind.InvalidData,
                $"{timeOrdered.Source}: candles {first + 1} and {second + 1} both open at {time}; indicators need one candle per " +
                "open time. Drop the duplicates first (the Repair quality policy does).",
                timeOrdered.Source);
        }
    }

    /// <summary>The column of the sorted bars put back into the original row order.</summary>
    private static double[] Restore(double[] sorted, int[] order)
    {
        var original = new double[sorted.Length];
        for (int j = 0; j < order.Length; j++) original[order[j]] = sorted[j];
        return original;
    }
}
