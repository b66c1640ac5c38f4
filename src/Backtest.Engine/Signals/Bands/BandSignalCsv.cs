using System.Globalization;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// Band signals as CSV, one row per symbol, columns in <see cref="BandSignal"/> order. Signals are upper-case,
/// numbers round-trip (invariant culture), unknown numbers and times are empty, times ISO 8601 UTC.
/// </summary>
public static class BandSignalCsv
{
    /// <summary>The header row's column names.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "Symbol", "Interval", "Signal", "Close", "Lower", "Fit", "Upper", "PotentialReturnPct", "Sigma", "RSquared",
        "DistanceSigma", "Bars", "AsOf", "StartTime", "EndTime", "Error",
    ];

    /// <summary>Writes the header and one row per signal.</summary>
    public static void Write(TextWriter writer, IEnumerable<BandSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(signals);
        writer.WriteLine(string.Join(',', Columns));
        foreach (var s in signals)
        {
            writer.WriteLine(string.Join(',',
                Text(s.Symbol), Text(s.Interval), s.Signal.ToString().ToUpperInvariant(),
                Number(s.Close), Number(s.Lower), Number(s.Fit), Number(s.Upper), Number(s.PotentialReturnPct),
                Number(s.Sigma), Number(s.RSquared), Number(s.DistanceSigma), s.Bars.ToString(CultureInfo.InvariantCulture),
                Time(s.AsOf), Time(s.StartTime), Time(s.EndTime), Text(s.Error ?? "")));
        }
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Time(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static string Text(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
