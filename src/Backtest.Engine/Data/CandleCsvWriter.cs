using System.Globalization;
using System.Text;

namespace Backtest.Engine.Data;

/// <summary>
/// Writes candles as CSV straight from the columns:
/// <c>open_time,open,high,low,close,volume,quote_volume,trades,symbol,interval,source</c>, with ISO-8601 UTC
/// open times, round-trip ("R") doubles and empty cells for unknown values. The CSV reader reads it back exactly.
/// Synthetic series carry <c>sample (synthetic)</c> in the source column so the file says what it is.
/// </summary>
public static class CandleCsvWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "open_time,open,high,low,close,volume,quote_volume,trades,symbol,interval,source";

    /// <summary>Writes the header then every candle of every series, in order.</summary>
    public static void Write(TextWriter writer, IEnumerable<CandleSeries> series)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(series);
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder(160);
        foreach (var s in series)
        {
            string tail = $",{s.Symbol},{s.Interval},{Escape(s.IsSynthetic ? "sample (synthetic)" : s.Source)}\n";
            for (int i = 0; i < s.Count; i++)
            {
                line.Clear();
                line.Append(CandleSeries.ToUtc(s.OpenTimeMs[i]).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                Append(line, s.Open[i]);
                Append(line, s.High[i]);
                Append(line, s.Low[i]);
                Append(line, s.Close[i]);
                Append(line, s.Volume[i]);
                Append(line, s.QuoteVolume[i]);
                line.Append(',');
                if (s.Trades[i] >= 0) line.Append(s.Trades[i]);
                line.Append(tail);
                writer.Write(line);
            }
        }
    }

    private static void Append(StringBuilder line, double value)
    {
        line.Append(',');
        if (!double.IsNaN(value)) line.Append(value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
