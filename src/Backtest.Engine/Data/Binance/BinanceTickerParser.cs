using System.Globalization;
using System.Text.Json;

namespace Backtest.Engine.Data.Binance;

/// <summary>Reads the all-symbols <c>ticker/24hr</c> answer: an array of objects whose numbers are strings.</summary>
internal static class BinanceTickerParser
{
    /// <summary>One <see cref="SymbolVolume"/> per ticker object, in the answer's order.</summary>
    /// <exception cref="JsonException">The body is not a ticker array.</exception>
    public static List<SymbolVolume> Parse(byte[] json, Market market)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new List<SymbolVolume>(doc.RootElement.GetArrayLength());
        foreach (var t in doc.RootElement.EnumerateArray())
        {
            string symbol = t.GetProperty("symbol").GetString() ?? throw new JsonException("A ticker has a null symbol.");
            result.Add(new SymbolVolume(symbol, Number(t, "quoteVolume"), Number(t, "volume"), Number(t, "lastPrice"), Number(t, "priceChangePercent"), market));
        }
        return result;
    }

    /// <summary>A decimal sent as a string (Binance's way) or as a number.</summary>
    internal static double Number(JsonElement element, string name)
    {
        var value = element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : double.Parse(value.GetString() ?? throw new JsonException($"'{name}' is null."), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
