using Backtest.Engine.Errors;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>The strategy catalog: names, parameter metadata, resolution and did-you-mean.</summary>
public class StrategyCatalogTests
{
    [Theory]
    [InlineData("sma-cross")]
    [InlineData("SmaCross")]
    [InlineData("SMA_CROSS")]
    public void Find_IgnoresCaseAndSeparators(string name) => Assert.Same(SmaCross.Entry, StrategyCatalog.Find(name));

    [Fact]
    public void SmaCross_PublishesItsParameters()
    {
        var p = SmaCross.Entry.Parameters.ToDictionary(x => x.Name);
        Assert.Equal(["fast", "slow", "direction", "stop_loss", "take_profit"], SmaCross.Entry.Parameters.Select(x => x.Name));
        Assert.Equal((10.0, 1.0, 9_999.0, 1.0), (p["fast"].Default, p["fast"].Min, p["fast"].Max, p["fast"].Step));
        Assert.Equal((50.0, 2.0, 10_000.0), (p["slow"].Default, p["slow"].Min, p["slow"].Max));
        Assert.Equal(["long-only", "long-short"], p["direction"].Choices);
        Assert.True(p["stop_loss"].IsOptional);
        Assert.Equal("sma-cross(fast=10, slow=50, direction=long-only, stop_loss=none, take_profit=none)", SmaCross.Entry.Signature);
    }

    [Fact]
    public void Resolve_FillsDefaultsAndCanonicalisesValues()
    {
        var values = SmaCross.Entry.Resolve(new Dictionary<string, string> { ["Fast"] = "12", ["DIRECTION"] = "Long_Short", ["stop-loss"] = "0.020" });
        Assert.Equal("fast=12;slow=50;direction=long-short;stop_loss=0.02", values.ToString());
        var strategy = Assert.IsType<SmaCross>(SmaCross.Entry.Create(values));
        Assert.Equal((12, 50, TradeDirection.LongShort, 0.02, (double?)null),
            (strategy.Parameters.Fast, strategy.Parameters.Slow, strategy.Parameters.Direction, strategy.Parameters.StopLoss, strategy.Parameters.TakeProfit));
    }

    [Fact]
    public void UnknownStrategy_SuggestsAndListsTheKnownOnes()
    {
        var error = Assert.Throws<BacktestException>(() => StrategyCatalog.Find("smacros"));
        Assert.Equal($"Unknown strategy 'smacros'. Did you mean 'sma-cross'? Known strategies: {string.Join(", ", StrategyCatalog.All.Select(e => e.Name))}.", error.Message);
        var far = Assert.Throws<BacktestException>(() => StrategyCatalog.Find("bollinger"));
        Assert.DoesNotContain("Did you mean", far.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slwo", "slow")]
    [InlineData("take_proft", "take_profit")]
    [InlineData("diretion", "direction")]
    public void UnknownParameter_SuggestsTheClosest(string typo, string meant)
    {
        var error = Assert.Throws<BacktestException>(() => SmaCross.Entry.Resolve(new Dictionary<string, string> { [typo] = "1" }));
        Assert.Contains($"Did you mean '{meant}'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(typo, error.Target);
    }

    [Fact]
    public void ChoiceTypo_SuggestsTheChoice()
    {
        var error = Assert.Throws<BacktestException>(() => SmaCross.Entry.Resolve(new Dictionary<string, string> { ["direction"] = "long-shrt" }));
        Assert.Contains("Did you mean 'long-short'?", error.Message, StringComparison.Ordinal);
    }
}
