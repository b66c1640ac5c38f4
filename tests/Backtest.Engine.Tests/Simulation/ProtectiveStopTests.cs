using Backtest.Engine.Data;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>Stop-loss, take-profit, trailing and ATR stops, gaps, and the intrabar policies, by hand (fee-free, one unit).</summary>
public class ProtectiveStopTests
{
    private static readonly SimulationOptions OneUnit = new()
    {
        InitialCash = 1000,
        Fee = MakerTakerFeeModel.None,
        Sizing = new FixedQuantitySizing(1),
    };

    // The long enters at bar 1's open, 100.
    private static readonly CandleSeries Candles = Bars.Hourly(
        (100, 100, 100, 100), (100, 101, 99, 100), (100, 103, 97, 101), (101, 112, 99, 110), (110, 111, 90, 95), (95, 96, 94, 95));

    private static SimulationResult RunLong(ProtectiveStops stops, SimulationOptions? options = null, CandleSeries? candles = null) =>
        Simulator.Run(candles ?? Candles, new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Stops = stops })), options ?? OneUnit);

    [Fact]
    public void StopLoss_FillsAtTheStopWhenTheBarTradesThrough()
    {
        var trade = Assert.Single(RunLong(new ProtectiveStops { StopLoss = StopLevel.Percent(0.02) }).GetTrades());
        Assert.Equal((2, 98.0, ExitReason.StopLoss, -2.0), (trade.ExitBar, trade.ExitPrice, trade.ExitReason, trade.Pnl));
    }

    [Fact]
    public void TakeProfit_FillsAtTheLimit()
    {
        var trade = Assert.Single(RunLong(new ProtectiveStops { TakeProfit = StopLevel.Percent(0.1) }).GetTrades());
        Assert.Equal((3, 100 * 1.1, ExitReason.TakeProfit), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void PriceLevels_AreUsedAsGiven()
    {
        var trade = Assert.Single(RunLong(new ProtectiveStops { StopLoss = StopLevel.AtPrice(90), TakeProfit = StopLevel.AtPrice(111.5) }).GetTrades());
        Assert.Equal((3, 111.5, ExitReason.TakeProfit), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void DistanceLevels_AreMeasuredFromTheFill()
    {
        // Entry 100: stop 100 - 2.5 = 97.5 (bar 2's low 97 reaches it); the take-profit at 115 is never reached.
        var trade = Assert.Single(RunLong(new ProtectiveStops { StopLoss = StopLevel.Offset(2.5), TakeProfit = StopLevel.Offset(15) }).GetTrades());
        Assert.Equal((2, 97.5, ExitReason.StopLoss), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Theory]
    [InlineData(StopLevelKind.Distance, 0, false)]
    [InlineData(StopLevelKind.Percent, 1.5, false)]
    [InlineData(StopLevelKind.Price, -3, false)]
    [InlineData(StopLevelKind.AtrMultiple, 0, false)]
    [InlineData(StopLevelKind.Price, 50, true)]
    public void InvalidLevels_AreRejectedByName(StopLevelKind kind, double value, bool trailing)
    {
        var stops = trailing ? new ProtectiveStops { Trailing = new StopLevel(kind, value) } : new ProtectiveStops { StopLoss = new StopLevel(kind, value) };
        var error = Assert.Throws<Errors.BacktestException>(() => RunLong(stops));
        Assert.Equal(trailing ? "trailing_stop" : "stop_loss", error.Target);
    }

    [Fact]
    public void StopGappedThrough_FillsAtTheOpen()
    {
        var gap = Bars.Hourly((100, 100, 100, 100), (100, 101, 99, 100), (90, 91, 88, 89), (89, 90, 88, 89));
        var trade = Assert.Single(RunLong(new ProtectiveStops { StopLoss = StopLevel.Percent(0.05) }, candles: gap).GetTrades());
        Assert.Equal((2, 90.0, ExitReason.StopLoss), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Theory]
    [InlineData(IntrabarPolicy.Pessimistic, 98)]
    [InlineData(IntrabarPolicy.Optimistic, 102)]
    public void BarReachingStopAndTarget_IsCountedAndDecidedByPolicy(IntrabarPolicy policy, double exit)
    {
        var result = RunLong(ProtectiveStops.Percent(0.02, 0.02), OneUnit with { Intrabar = policy });
        Assert.Equal(1, result.AmbiguousBars);
        Assert.Equal(exit, Assert.Single(result.GetTrades()).ExitPrice);
        Assert.Equal(900 + exit, result.FinalEquity);
        Assert.Equal(998, result.PessimisticFinalEquity);
        Assert.Equal(1002, result.OptimisticFinalEquity);
    }

    [Theory]
    [InlineData(102.5, 99.5, 102, ExitReason.TakeProfit)]   // the first quarter-hour reaches the target only
    [InlineData(101, 97.5, 98, ExitReason.StopLoss)]        // the first quarter-hour reaches the stop only
    public void LowerTimeframe_DecidesWhichLevelCameFirst(double firstHigh, double firstLow, double exit, ExitReason reason)
    {
        var fine = new CandleSeriesBuilder(4);
        long hour2 = Bars.Start + 2 * Bars.Hour, quarter = Bars.Hour / 4;
        fine.Add(hour2, 100, firstHigh, firstLow, 100, 10);
        fine.Add(hour2 + quarter, 100, 103, 97, 101, 10);
        fine.Add(hour2 + 2 * quarter, 101, 101, 100, 100, 10);
        fine.Add(hour2 + 3 * quarter, 100, 101, 100, 101, 10);
        var options = OneUnit with { Intrabar = IntrabarPolicy.LowerTimeframe, LowerTimeframe = fine.Build("TESTUSDT", Market.Spot, Interval.All[4], "test") };
        var result = RunLong(ProtectiveStops.Percent(0.02, 0.02), options);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((exit, reason), (trade.ExitPrice, trade.ExitReason));
        Assert.Equal(1, result.AmbiguousBars);
        Assert.Equal((998.0, 1002.0), (result.PessimisticFinalEquity, result.OptimisticFinalEquity));
    }

    [Fact]
    public void LowerTimeframePolicy_WithoutCandles_IsRejected()
    {
        var error = Assert.Throws<Errors.BacktestException>(() => RunLong(ProtectiveStops.Percent(0.02, 0.02), OneUnit with { Intrabar = IntrabarPolicy.LowerTimeframe }));
        Assert.Equal("LowerTimeframe", error.Target);
    }

    [Fact]
    public void TrailingStop_FollowsTheHighsOfFinishedBars()
    {
        // Entry 100: trail 95; after bar 1 (high 101) 95.95; bar 2 (103) 97.85; bar 3 (112) 106.4; bar 4 trades down through it.
        var trade = Assert.Single(RunLong(new ProtectiveStops { Trailing = StopLevel.Percent(0.05) }).GetTrades());
        Assert.Equal((4, 112 * (1 - 0.05), ExitReason.TrailingStop), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void TighterOfStopLossAndTrail_Binds()
    {
        var trade = Assert.Single(RunLong(new ProtectiveStops { StopLoss = StopLevel.Percent(0.02), Trailing = StopLevel.Percent(0.5) }).GetTrades());
        Assert.Equal((2, 98.0, ExitReason.StopLoss), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void AtrStop_UsesTheAtrOfTheLastClosedBar()
    {
        // ATR(2): TR[1] = 4, TR[2] = 4, so ATR[2] = 4. Signal at bar 2, entry at bar 3's open 102, stop 102 - 1.5 x 4 = 96.
        var candles = Bars.Hourly((100, 102, 98, 100), (100, 103, 99, 101), (101, 104, 100, 102), (102, 102, 102, 102), (102, 103, 95, 97));
        var strategy = new ScriptedStrategy((2, OrderIntent.Market(OrderAction.EnterLong) with { Stops = new ProtectiveStops { StopLoss = StopLevel.Atr(1.5) } }));
        var trade = Assert.Single(Simulator.Run(candles, strategy, OneUnit with { AtrPeriod = 2 }).GetTrades());
        Assert.Equal((3, 102.0, 4, 96.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice));
    }

    [Fact]
    public void ShortStops_MirrorTheLong()
    {
        var strategy = new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterShort) with { Stops = ProtectiveStops.Percent(0.02, 0.05) }));
        var trade = Assert.Single(Simulator.Run(Candles, strategy, OneUnit).GetTrades());
        // Short at 100: stop 102, target 95. Bar 2 reaches 103 (stop) but not 95: stopped at 102.
        Assert.Equal((TradeSide.Short, 2, 102.0, ExitReason.StopLoss), (trade.Side, trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void OptionsStops_ApplyUnderTheIntentsOwn()
    {
        var strategy = new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Stops = new ProtectiveStops { TakeProfit = StopLevel.Percent(0.1) } }));
        var result = Simulator.Run(Candles, strategy, OneUnit with { Stops = ProtectiveStops.Percent(0.02, 0.5) });
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((2, 98.0, ExitReason.StopLoss), (trade.ExitBar, trade.ExitPrice, trade.ExitReason));
        Assert.Equal(0, result.AmbiguousBars);   // the intent's 10 % target (110), not the options' 50 %, and bar 2 does not reach it
    }
}
