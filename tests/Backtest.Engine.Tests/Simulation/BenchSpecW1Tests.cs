using System.Globalization;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>
/// Workload W1 of ../shared/bench/SPEC.md through the public API, with the defaults (10,000 cash, 0.1 % fee per fill,
/// next-open fills, all-in fractional units, the open position kept): sma-cross 10/50 on the 1,000,000 bars must make
/// the reference trades and reach the reference final equity (relative 1e-9).
/// </summary>
public class BenchSpecW1Tests
{
    private static readonly BacktestOptions W1 = new() { Parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "50" } };
    private static readonly Lazy<BacktestResult> Result = new(() => BacktestRunner.Run(W1, W1Data.Bars));

    [Fact]
    public void W1_MakesTheReferenceTrades()
    {
        var result = Result.Value;
        Assert.Equal(13_872, result.Trades);
        var trades = result.GetTrades();
        Assert.Equal(13_871, trades.Count(t => !t.IsOpen));
        Assert.Equal([112, 165, 252, 274, 307], trades.Take(5).Select(t => t.EntryBar));
        Assert.True(trades[^1].IsOpen);
        Assert.Equal(999_937, trades[^1].EntryBar);
        Assert.Equal(8477.237, trades[^1].ExitPrice);
        Assert.Equal(999_910, trades[^2].ExitBar);
        Assert.All(trades, t => Assert.Equal(TradeSide.Long, t.Side));
    }

    [Fact]
    public void W1_FinalEquity_MatchesReference()
    {
        var result = Result.Value;
        AssertRelative(5.915975315684818e-09, result.FinalEquity, 1e-9);
        AssertRelative(5.87629253588e-09, result.GetSimulation().Equity[999_910], 1e-9);
        AssertRelative(5.915975315684818e-09 / 10_000 - 1, result.TotalReturnPct / 100, 1e-12);
    }

    [Fact]
    public void W1_EventDrivenPath_EqualsSignalFastPathBitForBit()
    {
        var strategy = new SmaCross(new SmaCrossParameters(10, 50));
        var fast = Simulator.Run(W1Data.Bars, strategy);
        var events = Simulator.Run(W1Data.Bars, strategy, SimulationOptions.Default with { UseSignalFastPath = false });
        Assert.True(fast.Equity.SequenceEqual(events.Equity), "equity curves differ");
        Assert.Equal(fast.GetTrades(), events.GetTrades());
        Assert.Equal(BitConverter.DoubleToInt64Bits(Result.Value.FinalEquity), BitConverter.DoubleToInt64Bits(events.FinalEquity));
    }

    [Fact]
    public void W1_FinalEquityOverCash_DoesNotDependOnTheCash()
    {
        // The SPEC's scaling property: without absolute epsilons, 1 unit of cash and 10,000 decay alike.
        var small = Simulator.Run(W1Data.Bars, new SmaCross(new SmaCrossParameters(10, 50)), SimulationOptions.Default with { InitialCash = 1 });
        AssertRelative(Result.Value.FinalEquity / 10_000, small.FinalEquity, 1e-12);
        Assert.Equal(13_872, small.TradeCount);
    }

    private static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, actual {actual:R}"));
}
