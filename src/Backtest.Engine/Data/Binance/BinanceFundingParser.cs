using System.Globalization;
using System.Text.Json;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Reads a <c>fundingRate</c> page: <c>[{"symbol":"BTCUSDT","fundingTime":1609459200002,"fundingRate":"0.00022753","markPrice":"29000.1"}]</c>.
/// Older records carry an empty or missing mark price, which becomes null.
/// </summary>
internal static class BinanceFundingParser
{
    /// <summary>The page's records, in the answer's order.</summary>
    /// <exception cref="JsonException">The body is not a funding array.</exception>
    public static List<FundingRate> Parse(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new List<FundingRate>(doc.RootElement.GetArrayLength());
        foreach (var f in doc.RootElement.EnumerateArray())
        {
            double? mark = f.TryGetProperty("markPrice", out var m) && m.ValueKind != JsonValueKind.Null && (m.ValueKind != JsonValueKind.String || m.GetString()!.Length > 0)
                ? BinanceTickerParser.Number(f, "markPrice")
                : null;
            result.Add(new FundingRate(
                CandleSeries.ToUtc(f.GetProperty("fundingTime").GetInt64()),
                f.GetProperty("symbol").GetString() ?? throw new JsonException("A funding record has a null symbol."),
                BinanceTickerParser.Number(f, "fundingRate"),
                mark));
        }
        return result;
    }
}
