using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>Order types and fill timing on hand-made bars, fee-free with one unit per entry, so every number is by hand.</summary>
public class SimulatorFillTests
{
    private static readonly SimulationOptions OneUnit = new()
    {
        InitialCash = 1000,
        Fee = MakerTakerFeeModel.None,
        Sizing = new FixedQuantitySizing(1),
    };

    // bar:            0                      1                      2                      3                      4                    5
    private static readonly Engine.Data.CandleSeries Candles = Bars.Hourly(
        (100, 101, 99, 100), (102, 104, 101, 103), (103, 106, 102, 105), (105, 107, 100, 101), (101, 102, 95, 96), (96, 99, 94, 98));

    [Fact]
    public void MarketOrder_FillsAtTheNextOpen()
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (2, OrderAction.Exit)), OneUnit);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((1, 102.0, 3, 105.0, 3.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice, trade.Pnl));
        Assert.Equal(ExitReason.Signal, trade.ExitReason);
        Assert.Equal([1000.0, 898 + 103, 898 + 105, 1003, 1003, 1003], result.GetEquity());
    }

    [Fact]
    public void ThisCloseModel_FillsAtTheSignalBarsClose()
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (2, OrderAction.Exit)), OneUnit with { Fill = ThisCloseFillModel.Instance });
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((0, 100.0, 2, 105.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice));
        Assert.Equal(1005, result.FinalEquity);
    }

    [Fact]
    public void Strategy_SeesEachBarAfterItsClose_AndNothingFillsBeforeTheNextBar()
    {
        var strategy = ScriptedStrategy.Market((0, OrderAction.EnterLong));
        Simulator.Run(Candles, strategy, OneUnit);
        Assert.Equal([0, 1, 2, 3, 4, 5], strategy.Seen.Select(s => s.Index));
        Assert.Equal(0, strategy.Seen[0].Position);   // the order placed at bar 0 has not filled at bar 0's close
        Assert.Equal(1, strategy.Seen[1].Position);   // it filled at bar 1's open
        Assert.Equal((102.0, 1), (strategy.Seen[1].EntryPrice, strategy.Seen[1].EntryBar));
        Assert.Equal(898 + 103, strategy.Seen[1].Equity);
    }

    [Theory]
    [InlineData(OrderType.Limit, 101, double.NaN, 3, 101)]          // bar 3 trades down to the limit
    [InlineData(OrderType.Limit, 104, double.NaN, 3, 104)]          // bar 3 opens above the limit; its low reaches it
    [InlineData(OrderType.StopMarket, double.NaN, 106, 2, 106)]     // bar 2's high reaches the stop
    [InlineData(OrderType.StopMarket, double.NaN, 102.5, 2, 103)]   // bar 2 opens above the stop: filled at the open
    [InlineData(OrderType.StopLimit, 105, 104, 2, 104)]             // triggered at 104, within the limit: filled at 104
    [InlineData(OrderType.StopLimit, 105.5, 106, 3, 105)]           // triggered at 106 above the limit; rests; bar 3 opens at 105
    public void RestingEntry_FillsWhereTheBarTradesIt(OrderType type, double limit, double stop, int expectedBar, double expectedPrice)
    {
        var intent = type switch
        {
            OrderType.Limit => OrderIntent.Limit(OrderAction.EnterLong, limit),
            OrderType.StopMarket => OrderIntent.Stop(OrderAction.EnterLong, stop),
            _ => OrderIntent.StopLimit(OrderAction.EnterLong, stop, limit),
        };
        int placedAt = type == OrderType.Limit ? 2 : 1;
        var result = Simulator.Run(Candles, new ScriptedStrategy((placedAt, intent)), OneUnit);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((expectedBar, expectedPrice), (trade.EntryBar, trade.EntryPrice));
    }

    [Fact]
    public void LimitBuy_BarOpeningBelowTheLimit_FillsAtTheOpen()
    {
        var result = Simulator.Run(Candles, new ScriptedStrategy((3, OrderIntent.Limit(OrderAction.EnterLong, 104))), OneUnit);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((4, 101.0), (trade.EntryBar, trade.EntryPrice));
    }

    [Fact]
    public void OrderWithTimeout_ExpiresUnfilled()
    {
        // Live for bars 1 and 2 only; bar 4's low (95) would have filled it.
        var withTimeout = Simulator.Run(Candles, new ScriptedStrategy((0, OrderIntent.Limit(OrderAction.EnterLong, 99) with { TimeoutBars = 2 })), OneUnit);
        Assert.Equal(0, withTimeout.TradeCount);
        Assert.Equal(1, withTimeout.ExpiredOrders);
        var without = Simulator.Run(Candles, new ScriptedStrategy((0, OrderIntent.Limit(OrderAction.EnterLong, 99))), OneUnit);
        Assert.Equal(4, Assert.Single(without.GetTrades()).EntryBar);
    }

    [Fact]
    public void ShortPosition_HoldsSaleProceedsAsCash_AndMarksNegatively()
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterShort), (2, OrderAction.Exit)), OneUnit);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((TradeSide.Short, 102.0, 105.0, -3.0), (trade.Side, trade.EntryPrice, trade.ExitPrice, trade.Pnl));
        Assert.Equal([1000.0, 1102 - 103, 1102 - 105, 997, 997, 997], result.GetEquity());
    }

    [Fact]
    public void OppositeEntry_ClosesThenReverses_AtTheSameFill()
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (2, OrderAction.EnterShort)), OneUnit);
        var trades = result.GetTrades();
        Assert.Equal(2, trades.Count);
        Assert.Equal((TradeSide.Long, 3, 105.0, ExitReason.Reversal), (trades[0].Side, trades[0].ExitBar, trades[0].ExitPrice, trades[0].ExitReason));
        Assert.Equal((TradeSide.Short, 3, 105.0, true), (trades[1].Side, trades[1].EntryBar, trades[1].EntryPrice, trades[1].IsOpen));
        Assert.Equal(1003 + 105 - 98, result.FinalEquity);
        Assert.Equal(-1, result.FinalPosition);
    }

    [Fact]
    public void EntryOnTheSideHeld_IsIgnored()
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (1, OrderAction.EnterLong)), OneUnit);
        Assert.Equal(1, result.TradeCount);
        Assert.Equal(1, result.FinalPosition);
    }

    [Theory]
    [InlineData(EndOfDataPolicy.Keep, 1000 - 102 + 98, true)]
    [InlineData(EndOfDataPolicy.CloseAtLastClose, 1000 - 102 + 98, false)]
    [InlineData(EndOfDataPolicy.CloseAtLastOpen, 1000 - 102 + 96, false)]
    public void PositionOpenAtTheEnd_FollowsThePolicy(EndOfDataPolicy policy, double finalEquity, bool open)
    {
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong)), OneUnit with { EndOfData = policy });
        Assert.Equal(finalEquity, result.FinalEquity);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal(open, trade.IsOpen);
        Assert.Equal(open ? ExitReason.Open : ExitReason.EndOfData, trade.ExitReason);
        Assert.Equal(5, trade.ExitBar);
        Assert.Equal(5, result.BarsInMarket);   // bars 1..5
    }
}
