using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>USD-M funding-rate history, paginated 1000 at a time, against the shared funding file.</summary>
public sealed class BinanceClientFundingTests : FakeBinanceServerTest
{
    private static readonly ReferenceFunding File = ReferenceFunding.Load("futures_um/BTCUSDT-funding.csv");

    [Fact]
    public async Task WholeHistory_EqualsTheSharedFile()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var rates = await client.GetFundingRatesAsync("btcusdt", null, null);

        Assert.Equal(File.Count, rates.Count);
        for (int i = 0; i < rates.Count; i++)
        {
            Assert.Equal(CandleSeries.ToUtc(File.FundingTime[i]), rates[i].FundingTime);
            Assert.Equal(File.Rate(i), rates[i].Rate);
        }
        Assert.All(rates, r => Assert.Equal(("BTCUSDT", DateTimeKind.Utc, (double?)null), (r.Symbol, r.FundingTime.Kind, r.MarkPrice)));
        Assert.Equal((File.Count + 999) / 1000, Server.Requests.Count(r => r.Path == "/fapi/v1/fundingRate"));
    }

    [Fact]
    public async Task Range_IsHalfOpen()
    {
        using var client = new BinanceClient(Server.ClientOptions());
        var start = CandleSeries.ToUtc(File.FundingTime[1500]);
        var end = CandleSeries.ToUtc(File.FundingTime[3700]);

        var rates = await client.GetFundingRatesAsync("BTCUSDT", start, end);

        Assert.Equal(2200, rates.Count);
        Assert.Equal((start, CandleSeries.ToUtc(File.FundingTime[3699])), (rates[0].FundingTime, rates[^1].FundingTime));
        Assert.Equal(File.Rate(3699), rates[^1].Rate);
    }

    [Fact]
    public async Task SpotOnlySymbol_IsUnknownOnFutures()
    {
        using var client = new BinanceClient(Server.ClientOptions());

        var ex = await Assert.ThrowsAsync<BacktestException>(() => client.GetFundingRatesAsync("SOLUSDT", null, null));

        Assert.Equal(ErrorKind.UnknownSymbol, ex.Kind);
        Assert.Contains("USD-M futures", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Requests, r => r.Path == "/fapi/v1/fundingRate");
    }
}
