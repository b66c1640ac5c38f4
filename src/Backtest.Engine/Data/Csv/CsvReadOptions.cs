namespace Backtest.Engine.Data.Csv;

/// <summary>
/// How to label and read a candle CSV file. Everything is optional: the symbol and interval are taken
/// from a <c>SYMBOL-INTERVAL[-anything].csv[.gz|.zip]</c> file name, else the symbol is the file name
/// and the interval is inferred from the most common spacing between open times.
/// </summary>
public sealed record CsvReadOptions
{
    /// <summary>The symbol to label the candles with, overriding the file name.</summary>
    public string? Symbol { get; init; }

    /// <summary>
    /// The candle interval, overriding the file name. It must agree with the data: when the most common
    /// spacing between open times is a different interval, reading fails rather than mislabelling.
    /// </summary>
    public Interval? Interval { get; init; }

    /// <summary>The market to label the candles with (default <see cref="Data.Market.Spot"/>).</summary>
    public Market Market { get; init; } = Market.Spot;

    /// <summary>
    /// Reads slashed or dashed dates such as <c>03/01/2017</c> as day/month/year. The default is US order
    /// (month/day/year), which is what the common public quote files use; a month above 12 is an error, never a guess.
    /// </summary>
    public bool DayFirstDates { get; init; }
}
