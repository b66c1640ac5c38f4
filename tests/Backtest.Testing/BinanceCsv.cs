using System.Globalization;
using System.IO.Compression;
using Backtest.Engine.Data;

namespace Backtest.Testing;

/// <summary>
/// Reads the shared Binance layout (<c>open_time,open,high,low,close,volume,quote_volume,trades</c>, optionally
/// gzipped) for the store tests; an empty quote volume becomes NaN and empty trades -1. Deliberately minimal:
/// the product's CSV reader is tested elsewhere.
/// </summary>
public static class BinanceCsv
{
    /// <summary>Every candle of the file, as one series.</summary>
    public static CandleSeries Read(string path, string symbol, Interval interval, Market market = Market.Spot)
    {
        using var file = File.OpenRead(path);
        using Stream text = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(text);
        var builder = new CandleSeriesBuilder();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            builder.Add(long.Parse(f[0], CultureInfo.InvariantCulture), D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5]),
                f[6].Length == 0 ? double.NaN : D(f[6]), f[7].Length == 0 ? -1 : long.Parse(f[7], CultureInfo.InvariantCulture));
        }
        return builder.Build(symbol, market, interval, "csv");
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
