using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>Sizing models and lot rules on one entry at 100 (bar 1's open), by hand.</summary>
public class SizingTests
{
    private static readonly Engine.Data.CandleSeries Candles = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), (100, 101, 99, 100), Bars.Flat(100));

    private static SimulationResult Enter(SimulationOptions options, ProtectiveStops? stops = null) =>
        Simulator.Run(Candles, new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Stops = stops })), options with { InitialCash = 1000 });

    [Fact]
    public void AllIn_SpendsExactlyTheCash_NetOfTheFee()
    {
        var result = Enter(SimulationOptions.Default);
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal(1000 / (100 * (1 + 0.001)), trade.Quantity);
        Assert.Equal(0, result.FinalCash);
    }

    [Fact]
    public void FixedNotional_BuysThatValue()
    {
        var result = Enter(SimulationOptions.Default with { Fee = MakerTakerFeeModel.None, Sizing = new FixedNotionalSizing(250) });
        Assert.Equal(2.5, Assert.Single(result.GetTrades()).Quantity);
        Assert.Equal(750, result.FinalCash);
    }

    [Fact]
    public void PercentOfEquity_LeavesRoomForTheFee()
    {
        var result = Enter(SimulationOptions.Default with { Sizing = new PercentOfEquitySizing(0.5) });
        Assert.Equal(1000 * 0.5 / (100 * (1 + 0.001)), Assert.Single(result.GetTrades()).Quantity);
    }

    [Fact]
    public void RiskPercent_SizesOnTheStopDistance()
    {
        // 1 % of 1000 at risk over a 2 % stop (distance 2) is 5 units.
        var result = Enter(SimulationOptions.Default with { Fee = MakerTakerFeeModel.None, Sizing = new RiskPercentSizing(0.01) },
            new ProtectiveStops { StopLoss = StopLevel.Percent(0.02) });
        Assert.Equal(5, Assert.Single(result.GetTrades()).Quantity, 12);
    }

    [Fact]
    public void RiskPercent_WithoutAStop_NamesTheMissingStopLoss()
    {
        var error = Assert.Throws<BacktestException>(() => Enter(SimulationOptions.Default with { Sizing = new RiskPercentSizing(0.01) }));
        Assert.Equal("stop_loss", error.Target);
    }

    [Fact]
    public void QuantityStep_RoundsDown()
    {
        var result = Enter(SimulationOptions.Default with { Fee = MakerTakerFeeModel.None, Lots = new LotRules { QuantityStep = 0.25 } },
            null);
        Assert.Equal(10, Assert.Single(result.GetTrades()).Quantity);
        var uneven = Simulator.Run(Bars.Hourly(Bars.Flat(30), Bars.Flat(30), Bars.Flat(30)),
            new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong))),
            SimulationOptions.Default with { InitialCash = 1000, Fee = MakerTakerFeeModel.None, Lots = new LotRules { QuantityStep = 0.5 } });
        Assert.Equal(33, Assert.Single(uneven.GetTrades()).Quantity);   // 33.33 rounds down to 33.0
        Assert.Equal(10, uneven.FinalCash);
    }

    [Fact]
    public void WholeUnits_RoundDownAndKeepTheRest()
    {
        var result = Enter(SimulationOptions.Default with { Lots = LotRules.WholeUnits });
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal(9, trade.Quantity);                 // 1000 / 100.1 = 9.99
        Assert.Equal(1000 - 900 - 0.9, result.FinalCash, 12);
    }

    [Fact]
    public void EntryBelowMinNotional_IsRejected()
    {
        var result = Enter(SimulationOptions.Default with { Lots = new LotRules { MinNotional = 5000 } });
        Assert.Equal(0, result.TradeCount);
        Assert.Equal(1, result.RejectedOrders);
        Assert.Equal(1000, result.FinalEquity);
    }

    [Fact]
    public void EntryTheCashCannotPayFor_IsRejected()
    {
        var result = Enter(SimulationOptions.Default with { Sizing = new FixedQuantitySizing(20) });
        Assert.Equal(0, result.TradeCount);
        Assert.Equal(1, result.RejectedOrders);
    }

    [Fact]
    public void ExplicitQuantity_OverridesTheSizingModel()
    {
        var result = Simulator.Run(Candles, new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Quantity = 3 })),
            SimulationOptions.Default with { InitialCash = 1000, Fee = MakerTakerFeeModel.None });
        Assert.Equal(3, Assert.Single(result.GetTrades()).Quantity);
        Assert.Equal(700, result.FinalCash);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void LotRules_RejectBadValues(double step)
    {
        Assert.Throws<BacktestException>(() => new LotRules { QuantityStep = step, Whole = step == 1.5 }.Validate());
    }
}
