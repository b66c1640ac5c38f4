using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>exchangeInfo symbols, symbol validation with did-you-mean, and 24h quote-volume rankings.</summary>
public sealed class BinanceClientSymbolTests : FakeBinanceServerTest
{
    [Fact]
    public async Task Symbols_AreTheServersListAndAreReadOncePerMarket()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var spot = await client.GetSymbolsAsync(Market.Spot);
        await client.GetSymbolsAsync(Market.Spot);
        var futures = await client.GetSymbolsAsync(Market.UsdMFutures);

        Assert.Equal(FakeBinanceServer.Catalog.Spot.Select(s => (s.Symbol, s.Status, s.BaseAsset, s.QuoteAsset)),
            spot.Select(s => (s.Symbol, s.Status, s.BaseAsset, s.QuoteAsset)));
        Assert.Contains(futures, s => s.Symbol == "ETHUSDT" && s.Market == Market.UsdMFutures && s.IsTrading);
        Assert.Equal(1, Server.Requests.Count(r => r.Path == "/api/v3/exchangeInfo"));
        Assert.Equal(1, Server.Requests.Count(r => r.Path == "/fapi/v1/exchangeInfo"));
    }

    [Fact]
    public async Task UnknownSymbol_FailsWithUnknownSymbolAndADidYouMean()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.ValidateSymbolAsync("BTCUSDX", Market.Spot));

        Assert.Equal(ErrorKind.UnknownSymbol, ex.Kind);
        Assert.Equal("BTCUSDX", ex.Target);
        Assert.Contains("'BTCUSDX' is not listed on Binance spot; did you mean BTCUSDT?", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ETHUDST", "ETHUSDT")] // swapped letters
    [InlineData("SOLUSD", "SOLUSDT")]  // missing letter
    [InlineData("nova-usdt", "NOVAUSDT")]
    public async Task Typos_SuggestTheClosestListedSymbol(string typed, string suggested)
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.ValidateSymbolAsync(typed, Market.Spot));

        Assert.Contains($"did you mean {suggested}?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingClose_GivesNoSuggestionButSaysWhatToCheck()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.ValidateSymbolAsync("QQQQQQQQQQ", Market.UsdMFutures));

        Assert.Equal(ErrorKind.UnknownSymbol, ex.Kind);
        Assert.DoesNotContain("did you mean", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD-M futures", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SymbolUnknownToTheKlinesEndpoint_MapsBinanceCodeToUnknownSymbol()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.GetEarliestOpenTimeAsync("NOSUCHUSDT", Interval.OneHour, Market.Spot));

        Assert.Equal(ErrorKind.UnknownSymbol, ex.Kind);
        Assert.Contains("-1121", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Market.Spot, 5)]
    [InlineData(Market.Spot, 100)]
    [InlineData(Market.UsdMFutures, 2)]
    public async Task TopSymbols_AreTradingUsdtSymbolsByQuoteVolumeDescending(Market market, int count)
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var top = await client.GetTopSymbolsAsync(count, "USDT", market);

        var expected = FakeBinanceServer.Catalog.Symbols(market)
            .Where(s => s.Status == "TRADING" && s.QuoteAsset == "USDT")
            .OrderByDescending(s => s.QuoteVolume).ThenBy(s => s.Symbol, StringComparer.Ordinal)
            .Take(count).ToList();
        Assert.Equal(expected.Select(s => (s.Symbol, s.QuoteVolume, s.LastPrice)), top.Select(t => (t.Symbol, t.QuoteVolume, t.LastPrice)));
        Assert.Equal("NOVAUSDT", top[0].Symbol); // a made-up symbol outranks the real ones
        Assert.DoesNotContain(top, t => t.Symbol is "HALTUSDT" or "ETHBTC"); // not trading / not USDT, despite the largest volumes
        Assert.All(top, t => Assert.Equal(market, t.Market));
    }

    [Fact]
    public async Task TopSymbols_RejectsANonPositiveCount()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.GetTopSymbolsAsync(0));

        Assert.Equal((ErrorKind.InvalidArgument, "count"), (ex.Kind, ex.Target));
        Assert.Empty(Server.Requests);
    }

    [Theory]
    [InlineData("BTCUSDX", "BTCUSDT", 1)]
    [InlineData("ETHUDST", "ETHUSDT", 1)]
    [InlineData("ABC", "ABC", 0)]
    [InlineData("", "ABC", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsEditsWithAdjacentSwapsAsOne(string a, string b, int distance) =>
        Assert.Equal(distance, SymbolSuggestion.Distance(a, b));
}
