using Backtest.Engine.Errors;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>VWAP orders on hand-made bars: one fill at the mean typical price of the slice bars, taker fee, stops from the next bar.</summary>
public class VwapOrderTests
{
    private static readonly SimulationOptions TwoUnits = new()
    {
        InitialCash = 1000,
        Fee = new MakerTakerFeeModel(0, 0.001),
        Sizing = new FixedQuantitySizing(2),
    };

    // bar:            0                      1                      2                      3                      4                    5
    // typical price:  100                    308/3                  313/3                  308/3                  293/3                291/3
    private static readonly Engine.Data.CandleSeries Candles = Bars.Hourly(
        (100, 101, 99, 100), (102, 104, 101, 103), (103, 106, 102, 105), (105, 107, 100, 101), (101, 102, 95, 96), (96, 99, 94, 98));

    [Fact]
    public void VwapEntry_FillsOnceAtTheMeanTypicalPriceOfTheSliceBars_WhenTheLastSliceCompletes()
    {
        var strategy = new ScriptedStrategy((0, OrderIntent.Vwap(OrderAction.EnterLong, 3) with { Tag = "vwap" }));
        var result = Simulator.Run(Candles, strategy, TwoUnits);
        var trade = Assert.Single(result.GetTrades());
        double average = (308.0 / 3 + 313.0 / 3 + 308.0 / 3) / 3;   // bars 1, 2, 3 = 929/9
        Assert.Equal(929.0 / 9, trade.EntryPrice, 12);
        Assert.Equal(average, trade.EntryPrice, 12);
        Assert.Equal((3, 2.0, "vwap"), (trade.EntryBar, trade.Quantity, trade.EntryTag));
        Assert.Equal(0.001 * 2 * average, trade.Fees, 12);           // taker fee on the whole notional = the three slices' fees
        Assert.Equal([0.0, 0.0, 0.0, 2.0, 2.0, 2.0], strategy.Seen.Select(s => s.Position));
        Assert.Equal(1000 - 2 * average * 1.001 + 2 * 101, result.Equity[3], 9);
        Assert.Equal([1000.0, 1000.0, 1000.0], result.Equity[..3].ToArray());
    }

    [Fact]
    public void VwapEntry_StopsWatchFromTheBarAfterTheLastSlice()
    {
        // A stop at 102: bar 3 (the last slice) trades down to 100, but the stop is armed from bar 4, which opens at 101.
        var intent = OrderIntent.Vwap(OrderAction.EnterLong, 3) with { Stops = new ProtectiveStops { StopLoss = StopLevel.AtPrice(102) } };
        var trade = Assert.Single(Simulator.Run(Candles, new ScriptedStrategy((0, intent)), TwoUnits).GetTrades());
        Assert.Equal((3, 4, 101.0, ExitReason.StopLoss), (trade.EntryBar, trade.ExitBar, trade.ExitPrice, trade.ExitReason));
    }

    [Fact]
    public void VwapExit_ClosesAtTheMeanTypicalPriceOfItsSlices()
    {
        var strategy = new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong)), (1, OrderIntent.Vwap(OrderAction.Exit, 2)));
        var trade = Assert.Single(Simulator.Run(Candles, strategy, TwoUnits with { Fee = MakerTakerFeeModel.None }).GetTrades());
        Assert.Equal((1, 102.0, 3, ExitReason.Signal), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitReason));
        Assert.Equal((313.0 / 3 + 308.0 / 3) / 2, trade.ExitPrice, 12);
    }

    [Fact]
    public void VwapOrder_SlicesStartAfterTheDecisionBar_UnderTheThisCloseModelToo()
    {
        var strategy = new ScriptedStrategy((1, OrderIntent.Vwap(OrderAction.EnterLong, 2) with { TimeoutBars = 2 }));
        var trade = Assert.Single(Simulator.Run(Candles, strategy, TwoUnits with { Fill = ThisCloseFillModel.Instance }).GetTrades());
        Assert.Equal(3, trade.EntryBar);
        Assert.Equal((313.0 / 3 + 308.0 / 3) / 2, trade.EntryPrice, 12);
    }

    [Fact]
    public void VwapOrder_PastTheEndOfTheData_NeverFills()
    {
        var result = Simulator.Run(Candles, new ScriptedStrategy((3, OrderIntent.Vwap(OrderAction.EnterLong, 3))), TwoUnits);
        Assert.Equal(0, result.TradeCount);
        Assert.Equal(1000, result.FinalEquity);
    }

    [Theory]
    [InlineData(0, 0, "Slices")]
    [InlineData(OrderIntent.MaxSlices + 1, 0, "Slices")]
    [InlineData(3, 2, "TimeoutBars")]
    public void VwapOrder_WithBadSlicesOrATimeoutBeforeTheLastSlice_IsRejectedNamingIt(int slices, int timeout, string target)
    {
        var error = Assert.Throws<BacktestException>(() => (OrderIntent.Vwap(OrderAction.EnterLong, slices) with { TimeoutBars = timeout }).Validate());
        Assert.Equal((ErrorKind.InvalidArgument, target), (error.Kind, error.Target));
    }
}
