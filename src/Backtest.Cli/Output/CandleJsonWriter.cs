using System.Text.Encodings.Web;
using System.Text.Json;
using Backtest.Engine.Data;

namespace Backtest.Cli.Output;

/// <summary>Streams candle sets as JSON: one object per symbol with its metadata, quality summary and candles.</summary>
internal static class CandleJsonWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<CandleSet> sets)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var set in sets)
            {
                var s = set.Series;
                json.WriteStartObject();
                json.WriteString("symbol", s.Symbol);
                json.WriteString("interval", s.Interval.Name);
                json.WriteString("market", s.Market.ToString());
                json.WriteString("source", s.Source);
                json.WriteBoolean("synthetic", s.IsSynthetic);
                json.WriteNumber("count", s.Count);
                json.WriteBoolean("qualityClean", set.Quality.IsClean);
                json.WriteString("quality", set.Quality.Summary);
                json.WriteStartArray("candles");
                for (int i = 0; i < s.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("openTime", CandleSeries.ToUtc(s.OpenTimeMs[i]));
                    json.WriteNumber("open", s.Open[i]);
                    json.WriteNumber("high", s.High[i]);
                    json.WriteNumber("low", s.Low[i]);
                    json.WriteNumber("close", s.Close[i]);
                    json.WriteNumber("volume", s.Volume[i]);
                    if (double.IsNaN(s.QuoteVolume[i])) json.WriteNull("quoteVolume"); else json.WriteNumber("quoteVolume", s.QuoteVolume[i]);
                    if (s.Trades[i] < 0) json.WriteNull("trades"); else json.WriteNumber("trades", s.Trades[i]);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }
}
