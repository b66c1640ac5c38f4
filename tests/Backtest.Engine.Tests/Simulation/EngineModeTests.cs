using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>
/// The simulator configured as two other engines document their defaults, on hand-computed cases:
/// backtesting.py (next-open market orders, whole units, all available cash net of commission, close-then-reverse,
/// trades still open closed at the last bar's open) and backtrader's default broker (a fixed stake of 1, next-open
/// fills, no commission, positions left open).
/// </summary>
public class EngineModeTests
{
    // bar:                              0                    1                    2                    3                    4
    private static readonly Engine.Data.CandleSeries Candles = Bars.Hourly(
        (100, 100, 100, 100), (101, 103, 100, 102), (104, 110, 103, 109), (110, 111, 104, 106), (105, 108, 104, 107));

    public static SimulationOptions BacktestingPy(double commission) => new()
    {
        InitialCash = 10_000,
        Fill = NextOpenFillModel.Instance,
        Fee = new MakerTakerFeeModel(commission, commission),
        Sizing = AllInSizing.Instance,
        Lots = LotRules.WholeUnits,
        EndOfData = EndOfDataPolicy.CloseAtLastOpen,
    };

    public static SimulationOptions BacktraderBroker => new()
    {
        InitialCash = 10_000,
        Fill = NextOpenFillModel.Instance,
        Fee = MakerTakerFeeModel.None,
        Sizing = new FixedQuantitySizing(1),
        EndOfData = EndOfDataPolicy.Keep,
    };

    [Fact]
    public void BacktestingPyMode_LongThenReverse_MatchesTheHandComputation()
    {
        // Buy at bar 1's open 101: floor(10000 / (101 x 1.002)) = 98 units; cost 9898 + 19.796 fee; cash 82.204.
        // Reverse at bar 3's open 110: sell 98 for 10780 - 21.56 = 10758.44 (cash 10840.644), then short
        //   floor(10840.644 / (110 x 1.002)) = 98 units for 10780 - 21.56 (cash 21599.084).
        // Still open at the end: covered at the last bar's open 105 for 10290 + 20.58 (cash 11288.504).
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (2, OrderAction.EnterShort)), BacktestingPy(0.002));
        var trades = result.GetTrades();
        Assert.Equal(2, trades.Count);
        Assert.Equal((TradeSide.Long, 98.0, 101.0, 110.0, ExitReason.Reversal), (trades[0].Side, trades[0].Quantity, trades[0].EntryPrice, trades[0].ExitPrice, trades[0].ExitReason));
        Assert.Equal(98 * 9 - 19.796 - 21.56, trades[0].Pnl, 9);
        Assert.Equal((TradeSide.Short, 98.0, 110.0, 105.0, ExitReason.EndOfData), (trades[1].Side, trades[1].Quantity, trades[1].EntryPrice, trades[1].ExitPrice, trades[1].ExitReason));
        Assert.Equal(98 * 5 - 21.56 - 20.58, trades[1].Pnl, 9);
        Assert.Equal(11_288.504, result.FinalEquity, 9);
        Assert.Equal(result.FinalEquity, result.FinalCash);
        Assert.Equal(0, result.FinalPosition);
    }

    [Fact]
    public void BacktraderMode_FixedStakeLeftOpen_MatchesTheHandComputation()
    {
        // Buy 1 at bar 1's open 101, sell at bar 3's open 110 (+9), buy 1 again at bar 4's open 105, still open at the
        // end and marked at the last close 107 (+2).
        var result = Simulator.Run(Candles, ScriptedStrategy.Market((0, OrderAction.EnterLong), (2, OrderAction.Exit), (3, OrderAction.EnterLong)), BacktraderBroker);
        var trades = result.GetTrades();
        Assert.Equal(2, trades.Count);
        Assert.Equal((1.0, 101.0, 110.0, 9.0), (trades[0].Quantity, trades[0].EntryPrice, trades[0].ExitPrice, trades[0].Pnl));
        Assert.True(trades[1].IsOpen);
        Assert.Equal((105.0, 107.0, 2.0), (trades[1].EntryPrice, trades[1].ExitPrice, trades[1].Pnl));
        Assert.Equal(10_011, result.FinalEquity);
        Assert.Equal(10_009 - 105, result.FinalCash);
        Assert.Equal([10_000.0, 9_899 + 102, 9_899 + 109, 10_009, 9_904 + 107], result.GetEquity());
    }
}
