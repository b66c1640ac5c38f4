using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Tests.Data.Binance;

public sealed class BinanceClientOptionsTests
{
    [Fact]
    public void Defaults_AreBinancesPublicEndpoints()
    {
        var options = new BinanceClientOptions();

        Assert.Equal(new Uri("https://api.binance.com"), options.SpotBaseUrl);
        Assert.Equal(new Uri("https://fapi.binance.com"), options.FuturesBaseUrl);
        Assert.Null(options.ApiKey);
        options.Validate();
    }

    [Fact]
    public void ToString_RedactsKeyAndSecret()
    {
        var options = new BinanceClientOptions { ApiKey = "my-api-key-123", ApiSecret = "my-secret-456" };

        string text = options.ToString();

        Assert.DoesNotContain("my-api-key-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("my-secret-456", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("api.binance.com", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(BinanceClientOptions.MaxRetries))]
    [InlineData(nameof(BinanceClientOptions.RequestTimeout))]
    [InlineData(nameof(BinanceClientOptions.WeightSafetyMargin))]
    [InlineData(nameof(BinanceClientOptions.SpotBaseUrl))]
    public void OutOfRange_IsRejectedNamingTheSetting(string setting)
    {
        var options = setting switch
        {
            nameof(BinanceClientOptions.MaxRetries) => new BinanceClientOptions { MaxRetries = -1 },
            nameof(BinanceClientOptions.RequestTimeout) => new BinanceClientOptions { RequestTimeout = TimeSpan.Zero },
            nameof(BinanceClientOptions.WeightSafetyMargin) => new BinanceClientOptions { WeightSafetyMargin = 1.5 },
            _ => new BinanceClientOptions { SpotBaseUrl = new Uri("ftp://example.com") },
        };

        var ex = Assert.Throws<BacktestException>(() => new BinanceClient(options));

        Assert.Equal((ErrorKind.InvalidArgument, setting), (ex.Kind, ex.Target));
        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
    }
}
