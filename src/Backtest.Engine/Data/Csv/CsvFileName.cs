using System.Text.RegularExpressions;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// What a candle file's name says: <c>BTCUSDT-1h.csv.gz</c>, <c>BTCUSDT-1m-2023-04.csv.gz</c> and the
/// data.binance.vision name <c>BTCUSDT-1h-2024-01.zip</c> name their symbol and interval.
/// </summary>
/// <param name="Symbol">The upper-case symbol when the name follows the pattern, else null.</param>
/// <param name="Interval">The interval when the name follows the pattern, else null.</param>
/// <param name="Stem">The file name without folders and without .csv/.gz/.zip extensions.</param>
internal sealed partial record CsvFileName(string? Symbol, Interval? Interval, string Stem)
{
    /// <summary>Reads what <paramref name="path"/>'s file name says.</summary>
    public static CsvFileName Parse(string path)
    {
        string stem = Path.GetFileName(path ?? string.Empty);
        foreach (var extension in (ReadOnlySpan<string>)[".gz", ".zip", ".csv", ".txt"])
        {
            if (stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) stem = stem[..^extension.Length];
        }
        var match = SymbolIntervalPattern().Match(stem);
        if (match.Success && Data.Interval.TryParse(match.Groups["interval"].Value, out var interval))
        {
            return new CsvFileName(match.Groups["symbol"].Value.ToUpperInvariant(), interval, stem);
        }
        return new CsvFileName(null, null, stem);
    }

    /// <summary>The symbol to use when nothing else names one: the named symbol, else the stem in upper case.</summary>
    public string FallbackSymbol => Symbol ?? (string.IsNullOrWhiteSpace(Stem) ? "UNKNOWN" : Stem.ToUpperInvariant());

    [GeneratedRegex(@"^(?<symbol>[A-Za-z0-9]+)-(?<interval>[0-9]+[smhdwM])(?:[-_.].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolIntervalPattern();
}
