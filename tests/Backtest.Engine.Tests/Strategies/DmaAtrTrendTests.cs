using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;
using Backtest.Engine.Tests.Strategies.TestData;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>dma-atr-trend: crosses, the trend and ADX filters, ATR-sized stops, strength, no look-ahead, parameters, golden run.</summary>
public class DmaAtrTrendTests
{
    // Each bar opens at its close and spans close ± 1, except bar 20. With short=2, long=3, trend=10 (SMA), ATR(2):
    // bar 12 crosses up (d = 101.5 − 101 > 0 after 0) above the trend (103 > 100.3), ATR[12] = (2 + 4)/2 = 3;
    // bar 15 crosses down (102.5 − 102.67 < 0 after 0) but above the trend (102 > 101.1): not a short, so it exits;
    // bar 18 crosses down (96 − 98 after 0) below the trend (90 < 100.5), ATR[18] = (2.03125 + 13)/2 = 7.515625;
    // bar 20 reaches the short's stop (90 + 7.515625) and crosses up below the trend (95 < 99): nothing.
    private static readonly CandleSeries Candles = Bars.Hourly(
    [
        .. Enumerable.Repeat(Bar(100), 12), Bar(103), Bar(103), Bar(103), Bar(102), Bar(102), Bar(102), Bar(90), Bar(90),
        (90, 98, 89, 95), Bar(95),
    ]);

    private static (double, double, double, double) Bar(double close) => (close, close + 1, close - 1, close);

    private static DmaAtrTrend Strategy(TradeDirection direction = TradeDirection.LongShort, double? adxThreshold = null, double sl = 1) =>
        new(new DmaAtrTrendParameters(MovingAverageType.Sma, 2, 3, 10, atrPeriod: 2, slAtrMultiplier: sl, tpAtrMultiplier: 4, adxPeriod: 2,
            adxThreshold: adxThreshold, direction: direction));

    [Fact]
    public void QualifyingCrossEnters_UnqualifiedOppositeCrossExits_AtrStopFromTheDecisionBar()
    {
        var trades = Simulator.Run(Candles, Strategy(), StrategyRuns.OneUnit).GetTrades();
        Assert.Equal(2, trades.Count);
        var (first, second) = (trades[0], trades[1]);
        Assert.Equal((TradeSide.Long, 13, 103.0, 16, 102.0, ExitReason.Signal),
            (first.Side, first.EntryBar, first.EntryPrice, first.ExitBar, first.ExitPrice, first.ExitReason));
        Assert.Equal((TradeSide.Short, 19, 90.0, 20, 90 + 7.515625, ExitReason.StopLoss),
            (second.Side, second.EntryBar, second.EntryPrice, second.ExitBar, second.ExitPrice, second.ExitReason));
    }

    [Fact]
    public void Entries_CarryAtrOffsetsAndSeparationStrength()
    {
        var strategy = Strategy(sl: 2);
        strategy.Initialize(new StrategyContext(Candles, new MarketView(Candles), SimulationOptions.Default));
        var orders = new OrderIntents();
        strategy.OnBar(new BarState(12, 0, 10_000, 10_000, double.NaN, -1), orders);
        var entry = Assert.Single(orders.Items.ToArray());
        Assert.Equal(OrderAction.EnterLong, entry.Action);
        Assert.Equal(new ProtectiveStops { StopLoss = StopLevel.Offset(2 * 3.0), TakeProfit = StopLevel.Offset(4 * 3.0) }, entry.Stops);
        Assert.Equal(0.5 / 3, entry.Strength);
    }

    [Fact]
    public void LongOnly_QualifyingShortCrossOnlyExits()
    {
        var trade = Assert.Single(Simulator.Run(Candles, Strategy(TradeDirection.LongOnly), StrategyRuns.OneUnit).GetTrades());
        Assert.Equal((TradeSide.Long, 13, 16), (trade.Side, trade.EntryBar, trade.ExitBar));
    }

    [Fact]
    public void AdxFilter_BlocksCrossesBelowTheThreshold()
    {
        var adx = Adx.Series(Candles, 2).Adx;
        Assert.Equal(50, adx[12]);   // the first up-move after flat bars: DX 100, Wilder-averaged with ADX 0
        Assert.True(adx[18] >= 60, $"ADX[18] = {adx[18]}");
        var blocked = Simulator.Run(Candles, Strategy(adxThreshold: 60), StrategyRuns.OneUnit).GetTrades();
        Assert.Equal((TradeSide.Short, 19), (Assert.Single(blocked).Side, blocked[0].EntryBar));
        var atThreshold = Simulator.Run(Candles, Strategy(adxThreshold: 50), StrategyRuns.OneUnit).GetTrades();
        Assert.Equal([13, 19], atThreshold.Select(t => t.EntryBar));   // ADX >= threshold is inclusive
    }

    [Fact]
    public void NoLookAhead_APrefixOfTheDataGivesAPrefixOfTheResult()
    {
        var strategy = new DmaAtrTrend(new DmaAtrTrendParameters(MovingAverageType.Ema, adxThreshold: 20));
        var all = StrategyRuns.AssertPrefixGivesPrefix(StrategyRuns.Btc4h, strategy, 6_001);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.StopLoss);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.TakeProfit);
        Assert.Contains(all.GetTrades(), t => t.Side == TradeSide.Short);
    }

    [Theory]
    [InlineData("short_window", "1")]
    [InlineData("long_window", "501")]
    [InlineData("trend_window", "9")]
    [InlineData("atr_period", "1")]
    [InlineData("sl_atr_multiplier", "0.05")]
    [InlineData("tp_atr_multiplier", "51")]
    [InlineData("adx_period", "101")]
    [InlineData("adx_threshold", "101")]
    [InlineData("ma_type", "hma")]
    [InlineData("direction", "short-only")]
    public void OutOfRangeValue_IsAnErrorNamingTheParameter(string name, string value) => StrategyRuns.AssertOutOfRange(DmaAtrTrend.Entry, name, value);

    [Fact]
    public void LongWindowNotAboveShort_IsAnErrorNamingLongWindow()
    {
        var error = StrategyRuns.AssertRejected(DmaAtrTrend.Entry, "long_window", ("short_window", "30"));
        Assert.Equal("dma-atr-trend: parameter 'long_window' must exceed short_window; got short_window=30, long_window=30.", error.Message);
        Assert.Equal("short_window", Assert.Throws<BacktestException>(() => new DmaAtrTrendParameters(shortWindow: 201, longWindow: 300)).Target);
    }

    [Fact]
    public void Catalog_ResolvesNamesToParameters()
    {
        var strategy = Assert.IsType<DmaAtrTrend>(StrategyRuns.FromCatalog(DmaAtrTrend.Entry,
            ("ma_type", "EMA"), ("short_window", "5"), ("long_window", "20"), ("trend_window", "50"), ("atr_period", "10"),
            ("sl_atr_multiplier", "1.5"), ("tp_atr_multiplier", "3"), ("adx_period", "7"), ("adx_threshold", "25"), ("direction", "long-only")));
        var p = strategy.Parameters;
        Assert.Equal((MovingAverageType.Ema, 5, 20, 50, 10, 1.5, 3.0, 7, (double?)25, TradeDirection.LongOnly),
            (p.MaType, p.ShortWindow, p.LongWindow, p.TrendWindow, p.AtrPeriod, p.SlAtrMultiplier, p.TpAtrMultiplier, p.AdxPeriod, p.AdxThreshold, p.Direction));
        var defaults = Assert.IsType<DmaAtrTrend>(StrategyRuns.FromCatalog(DmaAtrTrend.Entry)).Parameters;
        Assert.Equal(new DmaAtrTrendParameters(), defaults);
        Assert.Null(defaults.AdxThreshold);
    }

    [Fact]
    public void Golden_Btc4hCatalogDefaults()
    {
        // dma-atr-trend with the catalog defaults (sma 10/30, trend 100, ATR 14, SL 2 ATR, TP 4 ATR, no ADX filter,
        // long-short) on BTCUSDT spot 4h, SimulationOptions.Default (10,000 cash, all-in, 0.1 % fee per fill, next open).
        var result = Simulator.Run(StrategyRuns.Btc4h, StrategyRuns.FromCatalog(DmaAtrTrend.Entry));
        var trades = result.GetTrades();
        Assert.Equal(267, trades.Count);
        Assert.Equal(5556.784033073236, result.FinalEquity, 5556.784033073236 * 1e-9);
        Assert.Equal(100.0 * 95 / 267, StrategyRuns.WinRatePct(trades), 1e-12);
        Assert.Equal((139, 107, 69), (trades.Count(t => t.Side == TradeSide.Long), trades.Count(t => t.ExitReason == ExitReason.StopLoss),
            trades.Count(t => t.ExitReason == ExitReason.TakeProfit)));
        Assert.Equal("4558f319ad223dd8d2d02138716f05c0a0a0b1337c5ec9849f930ce2f23d584e", TradeListHash.Of(trades));
    }
}
