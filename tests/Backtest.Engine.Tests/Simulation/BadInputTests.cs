using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>Bad input stops a backtest before anything runs, with a message naming the parameter or the row.</summary>
public class BadInputTests
{
    private static readonly CandleSeries Good = Bars.Hourly(Bars.Flat(100), Bars.Flat(101), Bars.Flat(102), Bars.Flat(103));

    private static BacktestException Fails(BacktestOptions options, CandleSeries? candles = null) =>
        Assert.Throws<BacktestException>(() => BacktestRunner.Run(options, candles ?? Good));

    private static BacktestOptions SmaCross(params (string Name, string Value)[] parameters) =>
        new() { Parameters = parameters.ToDictionary(p => p.Name, p => p.Value) };

    [Theory]
    [InlineData("50", "50")]
    [InlineData("60", "50")]
    public void FastNotBelowSlow_NamesFast(string fast, string slow)
    {
        var error = Fails(SmaCross(("fast", fast), ("slow", slow)));
        Assert.Equal((ErrorKind.InvalidArgument, "fast"), (error.Kind, error.Target));
        Assert.Contains($"fast={fast}, slow={slow}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeCash_NamesCash()
    {
        var error = Fails(new BacktestOptions { InitialCash = -1 });
        Assert.Equal("cash", error.Target);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeFee_NamesFee()
    {
        var error = Fails(new BacktestOptions { Fee = -0.001 });
        Assert.Equal("fee", error.Target);
    }

    [Fact]
    public void UnknownStrategy_SuggestsTheClosest()
    {
        var error = Fails(new BacktestOptions { Strategy = "sma-crss" });
        Assert.Equal("strategy", error.Target);
        Assert.Contains("Did you mean 'sma-cross'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownParameter_SuggestsTheClosest()
    {
        var error = Fails(SmaCross(("fsat", "5")));
        Assert.Equal("fsat", error.Target);
        Assert.Contains("Did you mean 'fast'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("sma-cross(fast=10, slow=50", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fast", "ten")]
    [InlineData("fast", "2.5")]
    [InlineData("slow", "20000")]
    [InlineData("direction", "sideways")]
    [InlineData("stop_loss", "-0.1")]
    public void BadParameterValue_NamesTheParameter(string name, string value)
    {
        var error = Fails(SmaCross((name, value)));
        Assert.Equal(name, error.Target);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void FewerThanTwoCandles_AreRejected(int count)
    {
        var candles = Good.SliceByIndex(0, count);
        var error = Fails(new BacktestOptions(), candles);
        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.Contains("at least 2 candles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNPrice_NamesTheRowAndColumn()
    {
        var candles = Bars.Hourly(Bars.Flat(100), Bars.Flat(101), (102, 103, 101, double.NaN), Bars.Flat(103));
        var error = Fails(new BacktestOptions(), candles);
        Assert.Equal(ErrorKind.InvalidData, error.Kind);
        Assert.Contains("candle 2 (row 3, 2024-01-01T02:00:00Z) has close NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailQualityPolicy_StopsOnAnUncleanSeries()
    {
        var unsorted = Bars.Hourly(Bars.Flat(100), Bars.Flat(101), (102, 101, 103, 102), Bars.Flat(103));
        var error = Fails(new BacktestOptions { QualityPolicy = Engine.Data.Quality.QualityPolicy.Fail }, unsorted);
        Assert.Equal(ErrorKind.DataQuality, error.Kind);
    }

    [Fact]
    public void InvalidOrderIntent_NamesTheMissingPrice()
    {
        var error = Assert.Throws<BacktestException>(() => Simulator.Run(Good, new ScriptedStrategy((0, OrderIntent.Limit(OrderAction.EnterLong, double.NaN)))));
        Assert.Equal("LimitPrice", error.Target);
    }

    [Fact]
    public void FirstInvalid_FindsTheBadValueInAnyLane()
    {
        for (int bad = 0; bad < 37; bad++)
        {
            var values = Enumerable.Repeat(1.0, 37).ToArray();
            values[bad] = bad % 3 == 0 ? double.NaN : bad % 3 == 1 ? 0 : double.PositiveInfinity;
            Assert.Equal(bad, CandleCheck.FirstInvalid(values));
        }
        Assert.Equal(-1, CandleCheck.FirstInvalid(Enumerable.Repeat(double.Epsilon, 37).ToArray()));
    }
}
