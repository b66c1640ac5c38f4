using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;
using Backtest.Engine.Tests.Strategies.TestData;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>rsi-ema-macd: the confidence score, entries, reversals, ATR stops, no look-ahead, parameters, golden run.</summary>
public class RsiEmaMacdTests
{
    // Bars open at their close and span close ± 1 (bar 11 excepted). With EMA 2/3, MACD(2, 3, 2), RSI(2), ATR(2):
    // bars 1-6 fall, so EMA(2) < EMA(3) and RSI = 0; bar 7 jumps 6: EMA(2) 93.22 > EMA(3) 92.75, MACD 0.47 > signal 0.02,
    // RSI 0 -> 80 crosses up out of oversold: long confidence 1. ATR[7] = (2.5 + 7)/2 = 4.75.
    // Bar 9 falls 5: EMA(2) 91.47 < EMA(3) 91.94, MACD −0.47 < signal −0.19, RSI 80 -> 21.8 crosses down out of
    // overbought: short confidence 1; ATR[9] = (3.375 + 6)/2 = 4.6875. Bar 11 reaches the short's take-profit.
    private static readonly CandleSeries Candles = Bars.Hourly(
        Bar(100), Bar(98), Bar(96), Bar(94), Bar(92), Bar(90), Bar(89), Bar(95), Bar(95), Bar(90), Bar(90), (90, 91, 75, 76), Bar(76));

    private static (double, double, double, double) Bar(double close) => (close, close + 1, close - 1, close);

    private static RsiEmaMacd Strategy(TradeDirection direction = TradeDirection.LongShort, double minConfidence = 0.6) =>
        new(new RsiEmaMacdParameters(rsiPeriod: 2, emaFast: 2, emaSlow: 3, macdFast: 2, macdSlow: 3, macdSignal: 2,
            minConfidence: minConfidence, atrPeriod: 2, slAtrMultiplier: 2, tpAtrMultiplier: 3, direction: direction));

    private static RsiEmaMacd Initialized(RsiEmaMacd strategy, CandleSeries candles)
    {
        strategy.Initialize(new StrategyContext(candles, new MarketView(candles), SimulationOptions.Default));
        return strategy;
    }

    [Fact]
    public void Confidence_SumsTheWeightsOfTheAgreeingComponents()
    {
        var strategy = Initialized(Strategy(), Candles);
        Assert.True(double.IsNaN(strategy.Confidence(2).Long));       // the MACD signal line starts at bar 3
        Assert.Equal((0.0, 0.40), strategy.Confidence(5));          // trend short; MACD equals its signal; RSI 0 is in no zone
        Assert.Equal((0.35, 0.40), strategy.Confidence(6));         // MACD turns up first
        Assert.Equal((1.0, 0.0), strategy.Confidence(7));           // the RSI cross out of oversold counts though RSI is 80
        Assert.Equal((0.0, 1.0), strategy.Confidence(9));           // the RSI cross out of overbought counts though RSI is 21.8
    }

    [Fact]
    public void Signals_EnterReverseAndReenter_WithAtrStopsFromTheDecisionBar()
    {
        var trades = Simulator.Run(Candles, Strategy(), StrategyRuns.OneUnit).GetTrades();
        Assert.Equal(3, trades.Count);
        Assert.Equal((TradeSide.Long, 8, 95.0, 10, 90.0, ExitReason.Reversal),
            (trades[0].Side, trades[0].EntryBar, trades[0].EntryPrice, trades[0].ExitBar, trades[0].ExitPrice, trades[0].ExitReason));
        Assert.Equal((TradeSide.Short, 10, 90.0, 11, 90 - 3 * 4.6875, ExitReason.TakeProfit),
            (trades[1].Side, trades[1].EntryBar, trades[1].EntryPrice, trades[1].ExitBar, trades[1].ExitPrice, trades[1].ExitReason));
        // The short signal still holds at bar 11's close (0.75: trend and momentum), so the flat account enters again.
        Assert.Equal((TradeSide.Short, 12, true), (trades[2].Side, trades[2].EntryBar, trades[2].IsOpen));
    }

    [Fact]
    public void MinConfidence_FiltersWeakerSignals()
    {
        var strategy = Initialized(Strategy(minConfidence: 0.8), Candles);
        Assert.Equal((0.0, 0.75), strategy.Confidence(11));
        var trades = Simulator.Run(Candles, strategy, StrategyRuns.OneUnit).GetTrades();
        Assert.Equal([8, 10], trades.Select(t => t.EntryBar));
    }

    [Fact]
    public void LongOnly_ShortSignalOnlyExits()
    {
        var trade = Assert.Single(Simulator.Run(Candles, Strategy(TradeDirection.LongOnly), StrategyRuns.OneUnit).GetTrades());
        Assert.Equal((TradeSide.Long, 8, 10, ExitReason.Signal), (trade.Side, trade.EntryBar, trade.ExitBar, trade.ExitReason));
    }

    [Fact]
    public void Entry_CarriesAtrOffsetsAndConfidenceAsStrength()
    {
        var strategy = Initialized(Strategy(), Candles);
        var orders = new OrderIntents();
        strategy.OnBar(new BarState(7, 0, 10_000, 10_000, double.NaN, -1), orders);
        var entry = Assert.Single(orders.Items.ToArray());
        Assert.Equal((OrderAction.EnterLong, 1.0), (entry.Action, entry.Strength));
        Assert.Equal(new ProtectiveStops { StopLoss = StopLevel.Offset(2 * 4.75), TakeProfit = StopLevel.Offset(3 * 4.75) }, entry.Stops);
    }

    [Fact]
    public void Confidence_OnRealData_IsTheDocumentedWeightedSum()
    {
        var candles = StrategyRuns.Btc4h;
        var strategy = Initialized(new RsiEmaMacd(new RsiEmaMacdParameters()), candles);
        var (fast, slow) = (Ema.Series(candles.Close, 12), Ema.Series(candles.Close, 26));
        var macd = Macd.Series(candles.Close, 12, 26, 9);
        var rsi = Rsi.Series(candles.Close, 14);
        int[] counts = new int[3];
        for (int i = 40; i < candles.Count; i++)
        {
            bool crossUp = rsi[i - 1] <= 30 && rsi[i] > 30, crossDown = rsi[i - 1] >= 70 && rsi[i] < 70;
            double expectedLong = (fast[i] > slow[i] ? 0.40 : 0) + (macd.Macd[i] > macd.Signal[i] ? 0.35 : 0)
                + (crossUp || (!crossDown && rsi[i] > 50 && rsi[i] < 70) ? 0.25 : 0);
            double expectedShort = (fast[i] < slow[i] ? 0.40 : 0) + (macd.Macd[i] < macd.Signal[i] ? 0.35 : 0)
                + (crossDown || (!crossUp && rsi[i] > 30 && rsi[i] < 50) ? 0.25 : 0);
            var (l, s) = strategy.Confidence(i);
            Assert.Equal(expectedLong, l, 1e-12);
            Assert.Equal(expectedShort, s, 1e-12);
            Assert.True(l + s <= 1 + 1e-12, $"bar {i}: both sides scored {l} + {s}");
            if (crossUp) counts[0]++;
            if (crossDown) counts[1]++;
            if (l >= 0.6 || s >= 0.6) counts[2]++;
        }
        Assert.All(counts, c => Assert.True(c > 10, "the real data must exercise each rule"));
    }

    [Fact]
    public void NoLookAhead_APrefixOfTheDataGivesAPrefixOfTheResult()
    {
        var all = StrategyRuns.AssertPrefixGivesPrefix(StrategyRuns.Btc4h, new RsiEmaMacd(new RsiEmaMacdParameters()), 5_003);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.StopLoss);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.TakeProfit);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.Reversal);
    }

    [Theory]
    [InlineData("rsi_period", "1")]
    [InlineData("rsi_oversold", "50")]
    [InlineData("rsi_overbought", "50")]
    [InlineData("ema_fast", "0")]
    [InlineData("ema_slow", "1001")]
    [InlineData("macd_fast", "501")]
    [InlineData("macd_slow", "1")]
    [InlineData("macd_signal", "0")]
    [InlineData("min_confidence", "1.05")]
    [InlineData("atr_period", "101")]
    [InlineData("sl_atr_multiplier", "0")]
    [InlineData("tp_atr_multiplier", "50.5")]
    [InlineData("direction", "both")]
    public void OutOfRangeValue_IsAnErrorNamingTheParameter(string name, string value) => StrategyRuns.AssertOutOfRange(RsiEmaMacd.Entry, name, value);

    [Theory]
    [InlineData("ema_fast", "ema_slow")]
    [InlineData("macd_fast", "macd_slow")]
    public void SlowNotAboveFast_IsAnErrorNamingTheSlowWindow(string fast, string slow)
    {
        var error = StrategyRuns.AssertRejected(RsiEmaMacd.Entry, slow, (fast, "26"));
        Assert.Equal($"rsi-ema-macd: parameter '{slow}' must exceed {fast}; got {fast}=26, {slow}=26.", error.Message);
    }

    [Fact]
    public void Catalog_ResolvesNamesToParameters()
    {
        var p = Assert.IsType<RsiEmaMacd>(StrategyRuns.FromCatalog(RsiEmaMacd.Entry,
            ("rsi_period", "10"), ("rsi_oversold", "25"), ("rsi_overbought", "75"), ("ema_fast", "8"), ("ema_slow", "21"), ("macd_fast", "5"),
            ("macd_slow", "35"), ("macd_signal", "5"), ("min_confidence", "0.75"), ("atr_period", "20"), ("sl_atr_multiplier", "1.5"),
            ("tp_atr_multiplier", "4.5"), ("direction", "long-only"))).Parameters;
        Assert.Equal(new RsiEmaMacdParameters(10, 25, 75, 8, 21, 5, 35, 5, 0.75, 20, 1.5, 4.5, TradeDirection.LongOnly), p);
        Assert.Equal(new RsiEmaMacdParameters(), Assert.IsType<RsiEmaMacd>(StrategyRuns.FromCatalog(RsiEmaMacd.Entry)).Parameters);
    }

    [Fact]
    public void Golden_Btc4hCatalogDefaults()
    {
        // rsi-ema-macd with the catalog defaults (RSI 14 30/70, EMA 12/26, MACD 12/26/9, min confidence 0.6, ATR 14,
        // SL 2 ATR, TP 3 ATR, long-short) on BTCUSDT spot 4h, SimulationOptions.Default (10,000 cash, all-in, 0.1 % fee per fill, next open).
        var result = Simulator.Run(StrategyRuns.Btc4h, StrategyRuns.FromCatalog(RsiEmaMacd.Entry));
        var trades = result.GetTrades();
        Assert.Equal(1671, trades.Count);
        Assert.Equal(727.6057810682213, result.FinalEquity, 727.6057810682213 * 1e-9);
        Assert.Equal(100.0 * 492 / 1671, StrategyRuns.WinRatePct(trades), 1e-12);
        Assert.Equal((856, 248, 376), (trades.Count(t => t.Side == TradeSide.Long), trades.Count(t => t.ExitReason == ExitReason.StopLoss),
            trades.Count(t => t.ExitReason == ExitReason.TakeProfit)));
        Assert.Equal("c55ea8350261220e3fd51ec0a4be5f7d4b4ccd642c81b7ae6570aa2d8df8543b", TradeListHash.Of(trades));
    }
}
