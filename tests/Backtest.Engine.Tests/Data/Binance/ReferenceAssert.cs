using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Row-by-row comparison of downloaded candles with a shared file, and page collection.</summary>
public static class ReferenceAssert
{
    /// <summary>Asserts <paramref name="series"/> equals rows <c>[from, from + series.Count)</c> of <paramref name="file"/>, every field.</summary>
    public static void EqualsFile(ReferenceCandles file, int from, int expectedCount, CandleSeries series)
    {
        Assert.Equal(expectedCount, series.Count);
        for (int i = 0; i < series.Count; i++)
        {
            int row = from + i;
            if (series.OpenTimeMs[i] != file.OpenTime[row]
                || series.Open[i] != file.Number(row, 1) || series.High[i] != file.Number(row, 2) || series.Low[i] != file.Number(row, 3)
                || series.Close[i] != file.Number(row, 4) || series.Volume[i] != file.Number(row, 5)
                || !SameOrBothNaN(series.QuoteVolume[i], file.Number(row, 6)) || series.Trades[i] != file.Trades(row))
            {
                Assert.Fail($"{file.RelativePath} row {row} ({string.Join(',', file.Text[row])}) differs from downloaded candle {i}: {series[i]}");
            }
        }
    }

    /// <summary>Every page, asserting each is non-empty, ascending and strictly after the previous one; then the pages joined.</summary>
    public static async Task<(CandleSeries All, int Pages)> CollectAsync(IAsyncEnumerable<CandleSeries> pages)
    {
        var builder = new CandleSeriesBuilder();
        CandleSeries? first = null;
        int count = 0;
        await foreach (var page in pages)
        {
            first ??= page;
            count++;
            Assert.True(page.Count > 0, $"page {count} is empty");
            for (int i = 0; i < page.Count; i++)
            {
                Assert.True(page.OpenTimeMs[i] > builder.LastOpenTimeMs, $"page {count} candle {i} is not after the previous candle");
                builder.Add(page.OpenTimeMs[i], page.Open[i], page.High[i], page.Low[i], page.Close[i], page.Volume[i], page.QuoteVolume[i], page.Trades[i]);
            }
        }
        return first is null ? (CandleSeries.Empty("NONE", Market.Spot, Interval.OneHour, "none"), 0)
            : (builder.Build(first.Symbol, first.Market, first.Interval, first.Source), count);
    }

    private static bool SameOrBothNaN(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));
}
