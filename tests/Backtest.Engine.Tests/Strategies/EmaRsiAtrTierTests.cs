using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>
/// ema-rsi-atr's hybrid entry on hand-made bars. EMA 2/3/4, RSI(1) and ATR(2) make the long setup start at bar 3 of a
/// rising ramp (EMA(4) is first defined there); the ramp's bars never trade back to the last close (limits rest
/// unfilled) and each opens above the last high (a breakout stop fills at the open).
/// </summary>
public class EmaRsiAtrTierTests
{
    private static readonly EntryTier[] All = [.. EntryTiers.FallThroughOrder];

    /// <summary>Ramp bar k: close 100 + k, open close − 0.8, low close − 0.9, high close + 0.1.</summary>
    private static (double Open, double High, double Low, double Close)[] Ramp(int count) =>
        [.. Enumerable.Range(0, count).Select(k => (100 + k - 0.8, 100 + k + 0.1, 100 + k - 0.9, 100.0 + k))];

    private static EmaRsiAtrParameters Small(int[] timeouts, EntryTier[] enabled, double stopMultiplier = 1.5, TradeDirection direction = TradeDirection.LongShort) =>
        new(2, 3, 4, 1, 55, 45, 2, stopMultiplier, 2 * stopMultiplier, null, direction,
            EntryTiers.FallThroughOrder.Select((tier, k) => new EntryTierSetting(tier, enabled.Contains(tier), timeouts[k])));

    // Timeouts in fall-through order: EMA touch 2, limit 3, breakout 1, VWAP 2 slices, market 1.
    private static readonly int[] Timeouts = [2, 3, 1, 2, 1];

    private static SimulationResult Run(CandleSeries candles, EmaRsiAtrParameters parameters) =>
        Simulator.Run(candles, new EmaRsiAtr(parameters));

    [Fact]
    public void MarketOnly_EntersAtTheOpenAfterTheFirstSetupBar()
    {
        var trade = Assert.Single(Run(Bars.Hourly(Ramp(8)), Small(Timeouts, [EntryTier.Market])).GetTrades());
        Assert.Equal((4, "tier4-market", TradeSide.Long), (trade.EntryBar, trade.EntryTag, trade.Side));
        Assert.Equal(103.2, trade.EntryPrice, 12);
    }

    [Fact]
    public void EmaTouch_FillsAtTheFastEmaWhenABarDipsToIt()
    {
        var rows = Ramp(10);
        rows[4].Low = 102.4;   // EMA(2) at bar 3 is 102.5
        var candles = Bars.Hourly(rows);
        var trade = Assert.Single(Run(candles, Small(Timeouts, All)).GetTrades());
        Assert.Equal(102.5, Ema.Series(candles.Close, 2)[3], 12);
        Assert.Equal((4, "tier1-ema-touch"), (trade.EntryBar, trade.EntryTag));
        Assert.Equal(Ema.Series(candles.Close, 2)[3], trade.EntryPrice);
    }

    [Fact]
    public void Limit_AfterTheEmaTouchTimesOut_FillsAtThatBarsClose()
    {
        var rows = Ramp(10);
        rows[6].Low = 104.95;   // tier 1 placed at bar 3 lives on bars 4-5; tier 2 (limit 105 = bar 5's close) from bar 6
        var trade = Assert.Single(Run(Bars.Hourly(rows), Small(Timeouts, All)).GetTrades());
        Assert.Equal((6, 105.0, "tier2-limit"), (trade.EntryBar, trade.EntryPrice, trade.EntryTag));
    }

    [Fact]
    public void Breakout_AfterBothLimitsTimeOut_FillsAtTheNextOpenAboveTheLastHigh()
    {
        // Tier 1 at bar 3 (bars 4-5), tier 2 at bar 5 (bars 6-8), tier 5 at bar 8: stop at 108.1, bar 9 opens at 108.2.
        var result = Run(Bars.Hourly(Ramp(12)), Small(Timeouts, All));
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal((9, "tier5-breakout"), (trade.EntryBar, trade.EntryTag));
        Assert.Equal(108.2, trade.EntryPrice, 12);
        Assert.Equal(2, result.ExpiredOrders);
    }

    [Fact]
    public void Vwap_WhenTheBreakoutIsOff_FillsAtTheMeanTypicalPriceOfItsSlices()
    {
        var candles = Bars.Hourly(Ramp(14));
        var trade = Assert.Single(Run(candles, Small(Timeouts, [EntryTier.EmaTouch, EntryTier.Limit, EntryTier.Vwap, EntryTier.Market])).GetTrades());
        double Typical(int k) => (candles.High[k] + candles.Low[k] + candles.Close[k]) / 3;
        Assert.Equal((10, "tier3-vwap"), (trade.EntryBar, trade.EntryTag));   // placed at bar 8, slices on bars 9 and 10
        Assert.Equal((Typical(9) + Typical(10)) / 2, trade.EntryPrice, 12);
    }

    [Fact]
    public void Market_IsTheLastResortAfterEveryEnabledTierBeforeIt()
    {
        var trade = Assert.Single(Run(Bars.Hourly(Ramp(12)), Small(Timeouts, [EntryTier.EmaTouch, EntryTier.Limit, EntryTier.Market])).GetTrades());
        Assert.Equal((9, "tier4-market"), (trade.EntryBar, trade.EntryTag));
        Assert.Equal(108.2, trade.EntryPrice, 12);
    }

    [Fact]
    public void DisabledTiers_AreSkipped_TheFirstEnabledOneIsPlacedAtTheSetup()
    {
        // Only the limit (at bar 3's close, 103) and the breakout: the limit lives on bars 4-6 and a dip on bar 4 fills it.
        var rows = Ramp(10);
        rows[4].Low = 102.9;
        var trade = Assert.Single(Run(Bars.Hourly(rows), Small(Timeouts, [EntryTier.Limit, EntryTier.Breakout])).GetTrades());
        Assert.Equal((4, 103.0, "tier2-limit"), (trade.EntryBar, trade.EntryPrice, trade.EntryTag));
        // Without the limit, the breakout stop at bar 3's high (103.1) is first: bar 4 opens at 103.2.
        var breakout = Assert.Single(Run(Bars.Hourly(rows), Small(Timeouts, [EntryTier.Breakout])).GetTrades());
        Assert.Equal((4, "tier5-breakout"), (breakout.EntryBar, breakout.EntryTag));
        Assert.Equal(103.2, breakout.EntryPrice, 12);
    }

    [Fact]
    public void OneEpisode_IsEnteredOnce_EvenAfterItsTradeIsClosed()
    {
        // The take-profit closes the market entry early in the ramp; the setup holds to the end but nothing re-enters.
        var trade = Assert.Single(Run(Bars.Hourly(Ramp(30)), Small(Timeouts, [EntryTier.Market], stopMultiplier: 0.5)).GetTrades());
        Assert.Equal(ExitReason.TakeProfit, trade.ExitReason);
    }

    [Theory]
    [InlineData(103.5, 1)]   // the rise goes on: the EMA-touch limit fills on bar 5's dip
    [InlineData(102.9, 0)]   // bar 4 closes lower (RSI(1) = 0): the setup is lost and the limit cancelled before the dip
    public void LostSetup_CancelsTheWorkingOrder(double closeOfBar4, int trades)
    {
        var rows = Ramp(8);
        rows[4] = (103.2, 103.6, 103.1, closeOfBar4);
        rows[5] = (103.0, 103.4, 102.0, 102.5);   // trades down through the EMA-touch limit (102.5), closes lower
        rows[6] = (102.4, 102.6, 101.5, 101.6);
        rows[7] = (101.5, 101.7, 100.5, 100.6);
        var result = Run(Bars.Hourly(rows), Small([5, 3, 1, 2, 1], [EntryTier.EmaTouch]));
        Assert.Equal(trades, result.TradeCount);
        if (trades == 1) Assert.Equal((5, "tier1-ema-touch"), (result.GetTrades()[0].EntryBar, result.GetTrades()[0].EntryTag));
    }

    [Theory]
    [InlineData(TradeDirection.LongShort)]
    [InlineData(TradeDirection.LongOnly)]
    public void OppositeSetup_ClosesTheLong_AndLongShortThenWorksTheShort(TradeDirection direction)
    {
        // Up 12 bars, then down 14 (mirror ramp); stops far away so only the setups act.
        var up = Ramp(12);
        var down = Enumerable.Range(1, 14).Select(k => (111 - k + 0.8, 111 - k + 0.9, 111 - k - 0.1, 111.0 - k));
        var result = Run(Bars.Hourly([.. up, .. down]), Small(Timeouts, [EntryTier.Market], stopMultiplier: 40, direction: direction));
        var trades = result.GetTrades();
        Assert.Equal((TradeSide.Long, ExitReason.Signal), (trades[0].Side, trades[0].ExitReason));
        if (direction == TradeDirection.LongOnly)
        {
            Assert.Single(trades);
            return;
        }
        Assert.Equal(2, trades.Count);
        Assert.Equal((TradeSide.Short, "tier4-market"), (trades[1].Side, trades[1].EntryTag));
        Assert.Equal(trades[0].ExitBar + 1, trades[1].EntryBar);   // flat at the exit's close, the short's market order fills a bar later
    }
}
