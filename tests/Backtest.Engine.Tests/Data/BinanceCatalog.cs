using System.Text.Json;
using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Data;

/// <summary>The per-file facts in ../shared/data/binance/catalog.json, written when the data was gathered (independent of our code).</summary>
public static class BinanceCatalog
{
    /// <summary>One catalogued candle file; <c>File</c> is relative to ../shared/data.</summary>
    public sealed record Entry(string File, string Symbol, Interval Interval, int Rows, int Gaps, long MissingCandles, int ZeroVolumeRows, int Duplicates, int OhlcViolations);

    /// <summary>Every candle file in the catalog (the funding-rate file, which is not candles, excluded).</summary>
    public static IEnumerable<Entry> Entries()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedData.Path("binance/catalog.json")));
        var entries = new List<Entry>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (!item.TryGetProperty("qa", out var qa) || !qa.TryGetProperty("gaps", out _)) continue;
            string file = item.GetProperty("file").GetString()!;
            entries.Add(new Entry(
                file,
                item.GetProperty("symbol").GetString()!,
                Interval.Parse(item.GetProperty("interval").GetString()!),
                qa.GetProperty("rows").GetInt32(),
                qa.GetProperty("gaps").GetInt32(),
                qa.GetProperty("missing_candles").GetInt64(),
                qa.GetProperty("zero_volume_rows").GetInt32(),
                qa.GetProperty("duplicates").GetInt32(),
                qa.GetProperty("ohlc_violations").GetInt32()));
        }
        return entries;
    }
}
