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

    [Theory]
    [InlineData("DmaAtrTrend", "dma-atr-trend")]
    [InlineData("RSI_EMA_MACD", "rsi-ema-macd")]
    [InlineData("band reversion", "band-reversion")]
    public void Find_KnowsEveryBuiltIn(string name, string expected) => Assert.Equal(expected, StrategyCatalog.Find(name).Name);

    [Fact]
    public void EveryEntry_PublishesUsableRangesAndRunsWithItsDefaults()
    {
        var candles = Simulation.TestData.Bars.Hourly(Enumerable.Range(0, 300).Select(i => 100 + 10 * Math.Sin(i / 7.0)).Select(c => (c, c + 1, c - 1, c)).ToArray());
        Assert.Equal(StrategyCatalog.All.Count, StrategyCatalog.All.Select(e => e.Name).Distinct().Count());
        foreach (var entry in StrategyCatalog.All)
        {
            Assert.Equal(entry.Parameters.Count, entry.Parameters.Select(p => p.Name).Distinct().Count());
            foreach (var p in entry.Parameters)
            {
                Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", p.Name);
                if (p.Kind == StrategyParameterKind.Choice) Assert.NotEmpty(p.Choices);
                else Assert.True(p.Min < p.Max && p.Step > 0 && (p.IsOptional || (p.Default >= p.Min && p.Default <= p.Max)), $"{entry.Name}.{p.Name}");
            }
            var strategy = entry.Create(entry.Resolve(null));
            Assert.Equal(entry.Name, strategy.Name);
            Assert.Equal(candles.Count, Engine.Simulation.Simulator.Run(candles, strategy).Equity.Length);
        }
    }

    [Fact]
    public void NewBuiltIns_PublishTheirParameterNamesAndDefaults()
    {
        Assert.Equal("dma-atr-trend(ma_type=sma, short_window=10, long_window=30, trend_window=100, atr_period=14, sl_atr_multiplier=2, "
            + "tp_atr_multiplier=4, adx_period=14, adx_threshold=none, direction=long-short)", DmaAtrTrend.Entry.Signature);
        Assert.Equal("rsi-ema-macd(rsi_period=14, rsi_oversold=30, rsi_overbought=70, ema_fast=12, ema_slow=26, macd_fast=12, macd_slow=26, "
            + "macd_signal=9, min_confidence=0.6, atr_period=14, sl_atr_multiplier=2, tp_atr_multiplier=3, direction=long-short)", RsiEmaMacd.Entry.Signature);
        Assert.Equal("band-reversion(lookback=100, degree=2, std_devs=2, exit_at=fit, allow_short=no, stop_loss=none)", BandReversion.Entry.Signature);
        var dma = DmaAtrTrend.Entry.Parameters.ToDictionary(x => x.Name);
        Assert.Equal((2.0, 0.1, 20.0, 0.1), (dma["sl_atr_multiplier"].Default, dma["sl_atr_multiplier"].Min, dma["sl_atr_multiplier"].Max, dma["sl_atr_multiplier"].Step));
        Assert.Equal((0.0, 100.0, true), (dma["adx_threshold"].Min, dma["adx_threshold"].Max, dma["adx_threshold"].IsOptional));
        Assert.Equal(["sma", "ema", "wma"], dma["ma_type"].Choices);
        var confidence = RsiEmaMacd.Entry.Parameters.Single(x => x.Name == "min_confidence");
        Assert.Equal((0.6, 0.0, 1.0, 0.05), (confidence.Default, confidence.Min, confidence.Max, confidence.Step));
    }

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
