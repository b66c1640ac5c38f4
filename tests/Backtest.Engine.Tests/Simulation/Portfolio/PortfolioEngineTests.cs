using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation.Portfolio;

/// <summary>
/// The multi-symbol portfolio: one cash account on the union timeline, symbols listed later or with gaps, position
/// slots ranked by strength then symbol, exposure caps, and per-symbol results that add up to the portfolio.
/// </summary>
public class PortfolioEngineTests
{
    private static readonly Lazy<CandleSeries> Btc = new(() => Basket("BTCUSDT"));
    private static readonly Lazy<CandleSeries> Eth = new(() => Basket("ETHUSDT"));
    private static readonly Lazy<CandleSeries> Sol = new(() => Basket("SOLUSDT"));

    private static readonly SimulationOptions OneUnitEach = SimulationOptions.Default with { Sizing = new FixedQuantitySizing(0.01), InitialCash = 1_000_000 };

    private static CandleSeries Basket(string symbol) => CsvCandleReader.Read(SharedData.Path($"binance/spot/basket/{symbol}-4h.csv.gz"));

    private static Func<IStrategy> Cross(int fast = 12, int slow = 40, TradeDirection direction = TradeDirection.LongShort) =>
        () => new SmaCross(new SmaCrossParameters(fast, slow, direction, 0.03, 0.06));

    [Fact]
    public void OneSymbolPortfolio_EqualsTheSingleRun()
    {
        var single = Simulator.Run(Btc.Value, Cross()(), SimulationOptions.Default);
        var portfolio = Simulator.RunPortfolio([Btc.Value], Cross(), SimulationOptions.Default);
        Assert.True(single.TradeCount > 100);
        Assert.Equal(single.GetTrades().Select(t => (t.EntryBar, t.ExitBar, t.ExitReason)), portfolio.Symbols[0].GetTrades().Select(t => (t.EntryBar, t.ExitBar, t.ExitReason)));
        // All-in alone leaves exactly zero cash; in a portfolio the same buy subtracts its cost: equal to rounding.
        Assert.Equal(single.FinalEquity, portfolio.FinalEquity, single.FinalEquity * 1e-9);
        Assert.Equal(single.Equity.Length, portfolio.Equity.Length);
    }

    [Fact]
    public void IndependentSymbols_TradeAsTheyWouldAlone_AndTheirSharesAddUpToThePortfolio()
    {
        // Fixed small quantities and ample cash: no symbol constrains another, so each trades exactly as alone.
        var basket = new[] { Btc.Value, Eth.Value, Sol.Value };
        var portfolio = Simulator.RunPortfolio(basket, Cross(), OneUnitEach);
        for (int s = 0; s < basket.Length; s++)
        {
            var alone = Simulator.Run(basket[s], Cross()(), OneUnitEach);
            Assert.Equal(alone.GetTrades(), portfolio.Symbols[s].GetTrades());
        }
        double gains = portfolio.Symbols.Sum(s => s.FinalEquity - s.InitialCash);
        Assert.Equal(portfolio.FinalEquity - portfolio.InitialCash, gains, 1e-6);
    }

    [Theory]
    [InlineData("dma-atr-trend")]
    [InlineData("ema-rsi-atr")]
    [InlineData("rsi-ema-macd")]
    [InlineData("band-reversion")]
    public void EveryBuiltIn_TradesInAPortfolioAsItWouldAlone(string name)
    {
        // Fixed small quantities and ample cash: a strategy's decisions must depend on its own symbol only (not, say,
        // on the shared cash moving with another symbol's fills).
        var entry = StrategyCatalog.Find(name);
        var values = entry.Resolve(null);
        var basket = new[] { Btc.Value, Eth.Value };
        var portfolio = Simulator.RunPortfolio(basket, () => entry.Create(values), OneUnitEach);
        for (int s = 0; s < basket.Length; s++)
        {
            var alone = Simulator.Run(basket[s], entry.Create(values), OneUnitEach);
            Assert.True(alone.TradeCount > 10, $"{name} {basket[s].Symbol}: {alone.TradeCount} trades");
            Assert.Equal(alone.GetTrades(), portfolio.Symbols[s].GetTrades());
        }
    }

    [Fact]
    public void SymbolListedLater_StartsLater_AndTheTimelineIsTheUnionOfBarTimes()
    {
        var btc = Btc.Value;
        var late = Eth.Value.SliceByIndex(3000, Eth.Value.Count - 3000);
        var portfolio = Simulator.RunPortfolio([btc, late], Cross(), OneUnitEach);
        var union = btc.OpenTimeMs.ToArray().Union(late.OpenTimeMs.ToArray()).Order().ToArray();
        Assert.Equal(union, portfolio.TimeMs.ToArray());
        Assert.All(portfolio.Symbols[1].GetTrades(), t => Assert.True(t.EntryTime >= late.StartTime));
        Assert.Equal(Simulator.Run(btc, Cross()(), OneUnitEach).GetTrades(), portfolio.Symbols[0].GetTrades());
    }

    [Fact]
    public void GapInOneSymbol_DoesNotStallTheOthers()
    {
        var eth = Eth.Value;
        var builder = new CandleSeriesBuilder(eth.Count);
        for (int i = 0; i < eth.Count; i++)
        {
            if (i is >= 2000 and < 2600) continue;   // 100 days missing
            builder.Add(eth.OpenTimeMs[i], eth.Open[i], eth.High[i], eth.Low[i], eth.Close[i], eth.Volume[i]);
        }
        var gapped = builder.Build("ETHUSDT", Market.Spot, eth.Interval, "test");
        var portfolio = Simulator.RunPortfolio([Btc.Value, gapped], Cross(), OneUnitEach);
        Assert.Equal(Simulator.Run(Btc.Value, Cross()(), OneUnitEach).GetTrades(), portfolio.Symbols[0].GetTrades());
        Assert.Equal(Simulator.Run(gapped, Cross()(), OneUnitEach).GetTrades(), portfolio.Symbols[1].GetTrades());
    }

    [Theory]
    [InlineData(new[] { 1.0, 3.0, 2.0 }, "BBBUSDT")]   // the strongest wins
    [InlineData(new[] { 2.0, 1.0, 2.0 }, "AAAUSDT")]   // a tie goes to the symbol first in ordinal order
    public void MoreEntriesThanSlots_TheStrongestThenTheFirstSymbolGetsTheSlot(double[] strengths, string winner)
    {
        string[] symbols = ["CCCUSDT", "BBBUSDT", "AAAUSDT"];
        var candles = symbols.Select(s => Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(101), Bars.Flat(102)).With(symbol: s)).ToArray();
        int k = 0;
        var portfolio = Simulator.RunPortfolio(candles,
            () => new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Strength = strengths[k++ % 3] })),
            SimulationOptions.Default, new PortfolioRules { MaxPositions = 1 });
        var traded = portfolio.Symbols.Where(s => s.TradeCount > 0).Select(s => s.Candles.Symbol);
        Assert.Equal([winner], traded);
        Assert.Equal(2, portfolio.SkippedEntries);
    }

    [Fact]
    public void AllInSizing_SplitsTheCashOverTheFreeSlots()
    {
        var a = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100)).With(symbol: "AAAUSDT");
        var b = Bars.Hourly(Bars.Flat(50), Bars.Flat(50), Bars.Flat(50)).With(symbol: "BBBUSDT");
        var options = SimulationOptions.Default with { Fee = MakerTakerFeeModel.None };
        var portfolio = Simulator.RunPortfolio([a, b], () => ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);
        // Two free slots at the first fill: AAA gets 10,000 / 2 = 5,000 (50 units at 100); then BBB is the last free
        // slot and gets the 5,000 left (100 units at 50).
        Assert.Equal(50, portfolio.Symbols[0].GetTrades()[0].Quantity, 1e-9);
        Assert.Equal(100, portfolio.Symbols[1].GetTrades()[0].Quantity, 1e-9);
    }

    [Fact]
    public void SymbolExposureCap_LimitsTheEntryValue()
    {
        var a = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100)).With(symbol: "AAAUSDT");
        var options = SimulationOptions.Default with { Fee = MakerTakerFeeModel.None };
        var portfolio = Simulator.RunPortfolio([a], () => ScriptedStrategy.Market((0, OrderAction.EnterLong)), options,
            new PortfolioRules { MaxSymbolExposure = 0.25 });
        var trade = Assert.Single(portfolio.Symbols[0].GetTrades());
        Assert.Equal(2_500, trade.Quantity * trade.EntryPrice, 1e-9);
    }

    [Fact]
    public void EntryPendingWhenASymbolsDataEnds_DoesNotHoldASlot()
    {
        // AAA ends after 3 bars with an entry asked at its last close (it can never fill); BBB asks at bar 5.
        var a = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100)).With(symbol: "AAAUSDT");
        var b = Bars.Hourly([.. Enumerable.Repeat(Bars.Flat(50), 10)]).With(symbol: "BBBUSDT");
        int k = 0;
        var portfolio = Simulator.RunPortfolio([a, b], () => ScriptedStrategy.Market((k++ == 0 ? 2 : 5, OrderAction.EnterLong)),
            SimulationOptions.Default, new PortfolioRules { MaxPositions = 1 });
        Assert.Equal((0, 1), (portfolio.Symbols[0].TradeCount, portfolio.Symbols[1].TradeCount));
        Assert.Equal(1, portfolio.Symbols[0].ExpiredOrders);
    }

    [Fact]
    public void CashFreedInsideABar_IsNotSpentAtThatBarsOpen_WhateverTheSymbolOrder()
    {
        // 10,000 cash, 60 units a fill. AAA buys at bar 1's open (6,000) and its 5 % stop hits inside bar 3; BBB's entry
        // is due at bar 3's open, when only 4,000 is free: rejected, in either order of the symbols.
        var a = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100), (100, 100, 90, 92), Bars.Flat(92)).With(symbol: "AAAUSDT");
        var b = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100), Bars.Flat(100), Bars.Flat(100)).With(symbol: "BBBUSDT");
        var options = SimulationOptions.Default with { Fee = MakerTakerFeeModel.None, Sizing = new FixedQuantitySizing(60) };
        IStrategy For(CandleSeries c) => c.Symbol == "AAAUSDT"
            ? new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Stops = ProtectiveStops.Percent(0.05, null) }))
            : ScriptedStrategy.Market((2, OrderAction.EnterLong));
        foreach (var order in (CandleSeries[][])[[a, b], [b, a]])
        {
            int k = 0;
            // Exposure caps loose enough not to shrink the entry: only the cash can stop it.
            var portfolio = Simulator.RunPortfolio(order, () => For(order[k++]), options, new PortfolioRules { MaxTotalExposure = 2 });
            var bbb = portfolio.Symbols.Single(s => s.Candles.Symbol == "BBBUSDT");
            Assert.Equal((0, 1), (bbb.TradeCount, bbb.RejectedOrders));
        }
    }

    [Fact]
    public void FuturesLeverage_IsNotCappedByTheExposureCapsInMarginTerms()
    {
        var a = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100)).With(symbol: "AAAUSDT");
        var options = SimulationOptions.Default with { Fee = MakerTakerFeeModel.None, Futures = new FuturesSpec { Leverage = 5, Funding = false } };
        var alone = Simulator.Run(a, ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);
        var portfolio = Simulator.RunPortfolio([a], () => ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);
        Assert.Equal(500, alone.GetTrades()[0].Quantity, 1e-9);   // 10,000 x 5 / 100
        Assert.Equal(alone.GetTrades()[0].Quantity, portfolio.Symbols[0].GetTrades()[0].Quantity, 1e-9);
    }

    [Fact]
    public void MixedIntervalsOrARepeatedSymbol_AreRejectedByName()
    {
        var hourly = Bars.Hourly(Bars.Flat(1), Bars.Flat(1));
        var error = Assert.Throws<Errors.BacktestException>(() => Simulator.RunPortfolio([hourly, hourly], Cross(2, 3)));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
        var daily = hourly.With(symbol: "OTHERUSDT", interval: Interval.OneDay);
        error = Assert.Throws<Errors.BacktestException>(() => Simulator.RunPortfolio([hourly, daily], Cross(2, 3)));
        Assert.Contains("one interval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PortfolioResult_HasPerSymbolResults_AndItsOwnMetrics()
    {
        var result = BacktestRunner.RunPortfolio(new BacktestOptions { Portfolio = new PortfolioRules { MaxPositions = 2 } }, [Btc.Value, Eth.Value, Sol.Value]);
        Assert.True(result.IsPortfolio);
        Assert.Equal("BTCUSDT,ETHUSDT,SOLUSDT", result.Symbol);
        Assert.Equal(3, result.GetSymbolResults().Count);
        Assert.Equal(result.GetSymbolResults().Sum(s => s.Trades), result.Trades);
        Assert.Equal(3, result.GetManifest().Basket!.Count);
        Assert.True(double.IsFinite(result.SharpeRatio));
        // Never more than two positions at once.
        var trades = result.GetTrades();
        foreach (var t in trades)
        {
            int open = trades.Count(o => o.EntryTime <= t.EntryTime && (o.ExitTime is null || o.ExitTime > t.EntryTime));
            Assert.True(open <= 2, $"{open} positions open at {t.EntryTime:O}");
        }
    }
}
