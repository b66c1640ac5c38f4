using System.Globalization;
using System.Text.Json;

namespace Backtest.Engine.Data.Binance;

/// <summary>What one klines page held, besides the candles it contributed.</summary>
/// <param name="RawCount">Rows in the page, kept or not.</param>
/// <param name="LastRawOpenMs">Open time of the page's last row; <see cref="long.MinValue"/> when the page was empty.</param>
/// <param name="HitForming">True when a row was still forming (close time after now) and was therefore dropped.</param>
internal readonly record struct KlinePageSummary(int RawCount, long LastRawOpenMs, bool HitForming);

/// <summary>
/// Reads a klines page — a JSON array of 12-element arrays
/// <c>[openTime, "open", "high", "low", "close", "volume", closeTime, "quoteVolume", trades, "takerBase", "takerQuote", "ignore"]</c>
/// with prices as strings — straight from UTF-8 into a <see cref="CandleSeriesBuilder"/>, without a string or
/// object per candle. A null quote volume or trade count (some Binance-compatible mirrors send null where they do
/// not know it) becomes NaN / -1, the series' "unknown".
/// </summary>
internal static class BinanceKlineParser
{
    /// <summary>
    /// Appends the page's complete candles whose open time lies in <c>(afterOpenMs, endMs)</c>; a row whose close time is
    /// after <paramref name="nowMs"/> is still forming and is never appended.
    /// </summary>
    /// <exception cref="JsonException">The page is not a well-formed klines array (truncated, wrong shape, unordered).</exception>
    public static KlinePageSummary Parse(ReadOnlySpan<byte> json, CandleSeriesBuilder builder, long afterOpenMs, long endMs, long nowMs)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A klines page must be a JSON array.");
        int raw = 0;
        long lastRaw = long.MinValue;
        bool forming = false;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Kline row {raw} is not an array.");
            long open = Int64(ref reader, raw);
            double o = Number(ref reader, raw, false), h = Number(ref reader, raw, false), l = Number(ref reader, raw, false);
            double c = Number(ref reader, raw, false), v = Number(ref reader, raw, false);
            long closeTime = Int64(ref reader, raw);
            double quoteVolume = Number(ref reader, raw, true);
            long trades = Next(ref reader) == JsonTokenType.Null ? -1 : Int64Here(ref reader, raw);
            while (Next(ref reader) != JsonTokenType.EndArray) reader.Skip();
            if (open <= lastRaw) throw new JsonException($"Kline row {raw} opens at {open}, not after the previous row ({lastRaw}).");
            lastRaw = open;
            raw++;
            if (closeTime > nowMs)
            {
                forming = true;
                continue;
            }
            if (open > afterOpenMs && open < endMs) builder.Add(open, o, h, l, c, v, quoteVolume, trades);
        }
        if (reader.Read()) throw new JsonException("Unexpected content after the klines array.");
        return new KlinePageSummary(raw, lastRaw, forming);
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The klines page ended early.");

    private static long Int64(ref Utf8JsonReader reader, int row)
    {
        Next(ref reader);
        return Int64Here(ref reader, row);
    }

    private static long Int64Here(ref Utf8JsonReader reader, int row) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value)
            ? value
            : throw new JsonException($"Kline row {row} has {reader.TokenType} where an integer was expected.");

    private static double Number(ref Utf8JsonReader reader, int row, bool nullable)
    {
        switch (Next(ref reader))
        {
            case JsonTokenType.String when !reader.ValueIsEscaped
                && double.TryParse(reader.ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed):
                return parsed;
            case JsonTokenType.String when reader.ValueIsEscaped
                && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double unescaped):
                return unescaped;
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.Null when nullable:
                return double.NaN;
            default:
                throw new JsonException($"Kline row {row} has a {reader.TokenType} where a decimal number was expected.");
        }
    }
}
