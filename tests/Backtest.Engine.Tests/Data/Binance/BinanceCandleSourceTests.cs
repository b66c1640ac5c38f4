using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>Binance REST behind <see cref="ICandleSource"/>.</summary>
public sealed class BinanceCandleSourceTests : FakeBinanceServerTest
{
    [Fact]
    public void Name_SaysTheMarket()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        Assert.Equal("binance", new BinanceCandleSource(client).Name);
        Assert.Equal("binance-futures", new BinanceCandleSource(client, Market.UsdMFutures).Name);
    }

    [Fact]
    public async Task LoadAsync_EqualsTheSharedFile()
    {
        var file = ReferenceCandles.Load("futures_um/BTCUSDT-4h.csv.gz");
        using var client = new BinanceClient(Server.ClientOptions());
        ICandleSource source = new BinanceCandleSource(client, Market.UsdMFutures);

        var series = await source.LoadAsync(new CandleRequest("BTCUSDT", Interval.FourHours, Market.UsdMFutures));

        ReferenceAssert.EqualsFile(file, 0, file.Count, series);
        Assert.Equal(("BTCUSDT", "binance-futures", Market.UsdMFutures), (series.Symbol, series.Source, series.Market));
    }

    [Fact]
    public async Task UnknownSymbol_FailsBeforeAnyKlinesRequest()
    {
        using var client = new BinanceClient(Server.ClientOptions());
        var source = new BinanceCandleSource(client);

        var ex = await Assert.ThrowsAsync<BacktestException>(() => source.LoadAsync(new CandleRequest("BTCUSDX", Interval.OneHour)));

        Assert.Equal(ErrorKind.UnknownSymbol, ex.Kind);
        Assert.Contains("did you mean BTCUSDT?", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.Path.EndsWith("/klines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestForTheOtherMarket_IsRejected()
    {
        using var client = new BinanceClient(Server.ClientOptions());
        var source = new BinanceCandleSource(client, Market.Spot);

        var ex = await Assert.ThrowsAsync<BacktestException>(() => source.LoadAsync(new CandleRequest("BTCUSDT", Interval.OneHour, Market.UsdMFutures)));

        Assert.Equal((ErrorKind.InvalidArgument, "Market"), (ex.Kind, ex.Target));
    }
}
