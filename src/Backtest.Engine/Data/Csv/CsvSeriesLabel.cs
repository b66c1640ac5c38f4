using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Names what was read: the symbol comes from the options, else the file name; the interval from the
/// options, else the file name, else the data. A named interval that the data contradicts (its most
/// common spacing is another interval) is an error, never a relabelling.
/// </summary>
internal static class CsvSeriesLabel
{
    /// <summary>Builds the series from the parsed columns.</summary>
    public static CandleSeries Build(CandleSeriesBuilder builder, CsvFileName naming, CsvReadOptions options, string file)
    {
        string symbol = string.IsNullOrWhiteSpace(options.Symbol) ? naming.FallbackSymbol : options.Symbol.Trim().ToUpperInvariant();
        // Built once with a provisional interval, then relabelled: With shares the columns, nothing is copied.
        var series = builder.Build(symbol, options.Market, options.Interval ?? naming.Interval ?? Interval.OneMinute, file);
        return series.With(interval: Resolve(series.OpenTimeMs, naming, options, file));
    }

    private static Interval Resolve(ReadOnlySpan<long> times, CsvFileName naming, CsvReadOptions options, string file)
    {
        var declared = options.Interval ?? naming.Interval;
        string whoSaid = options.Interval is not null ? "the options name" : "the file name says";
        var spacing = SpacingInference.MostCommon(times);
        if (declared is { } named)
        {
            if (spacing is { } s && s.Interval != named)
            {
                throw new BacktestException(options.Interval is not null ? ErrorKind.InvalidArgument : ErrorKind.InvalidData,
                    $"{file}: {whoSaid} interval {named}, but the candles are {s.Text} apart (the most common spacing between open times); " +
                    $"expected {named} candles. Name the interval the data has{(s.Interval is { } i ? $" ({i})" : "")}.", file);
            }
            return named;
        }
        if (spacing is null)
        {
            throw new BacktestException(ErrorKind.InvalidData,
                $"{file}: cannot tell the candle interval from {times.Length} row(s); name it in the options (Interval) or the file name (SYMBOL-INTERVAL.csv).", file);
        }
        return spacing.Value.Interval ?? throw new BacktestException(ErrorKind.InvalidData,
            $"{file}: the candles are {spacing.Value.Text} apart (the most common spacing between open times), which is no interval " +
            $"({string.Join(", ", Interval.Names)}); name the interval in the options if the data is gappy.", file);
    }
}
