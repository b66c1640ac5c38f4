using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;
using Backtest.Engine.Tests.Strategies.TestData;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>sma-cross: the cross definition, the signal fast path against the event-driven path, and no look-ahead.</summary>
public class SmaCrossTests
{
    private static readonly Lazy<CandleSeries> Btc1h = new(() => CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz")));

    [Fact]
    public void Cross_IsStrictlyAboveAfterAtOrBelow()
    {
        // fast = SMA(1) = close, slow = SMA(2). d = (c[i] - c[i-1]) / 2: 0 at bar 2 (equal closes), > 0 at 3, < 0 at 5.
        var candles = Bars.Hourly(Bars.Flat(10), Bars.Flat(10), Bars.Flat(10), Bars.Flat(12), Bars.Flat(13), Bars.Flat(11), Bars.Flat(11), Bars.Flat(11));
        var strategy = new SmaCross(new SmaCrossParameters(1, 2));
        var context = new StrategyContext(candles, new MarketView(candles), SimulationOptions.Default);
        strategy.Initialize(context);
        var signals = new Signal[candles.Count];
        strategy.ComputeSignals(context, signals);
        Assert.Equal([Signal.None, Signal.None, Signal.None, Signal.EnterLong, Signal.None, Signal.ExitLong, Signal.None, Signal.None], signals);
        var trade = Assert.Single(Simulator.Run(candles, strategy).GetTrades());
        Assert.Equal((4, 6), (trade.EntryBar, trade.ExitBar));   // decided at the closes of 3 and 5, filled at the next opens
    }

    [Theory]
    [InlineData(TradeDirection.LongOnly, null, null, false)]
    [InlineData(TradeDirection.LongShort, null, null, false)]
    [InlineData(TradeDirection.LongShort, 0.02, 0.04, true)]
    [InlineData(TradeDirection.LongOnly, 0.01, null, true)]
    public void SignalFastPath_EqualsEventDrivenPathBitForBit(TradeDirection direction, double? stopLoss, double? takeProfit, bool trailing)
    {
        var options = SimulationOptions.Default with
        {
            Stops = trailing ? new ProtectiveStops { Trailing = StopLevel.Atr(2.5) } : ProtectiveStops.None,
            Slippage = new FixedBpsSlippage(3),
        };
        var strategy = new SmaCross(new SmaCrossParameters(12, 40, direction, stopLoss, takeProfit));
        var fast = Simulator.Run(Btc1h.Value, strategy, options);
        var events = Simulator.Run(Btc1h.Value, strategy, options with { UseSignalFastPath = false });
        Assert.True(fast.TradeCount > 100);
        Assert.True(fast.Equity.SequenceEqual(events.Equity), "equity curves differ");
        Assert.Equal(fast.GetTrades(), events.GetTrades());
        Assert.Equal((fast.AmbiguousBars, fast.PessimisticFinalEquity, fast.OptimisticFinalEquity),
            (events.AmbiguousBars, events.PessimisticFinalEquity, events.OptimisticFinalEquity));
        if (direction == TradeDirection.LongShort) Assert.Contains(fast.GetTrades(), t => t.Side == TradeSide.Short);
        if (stopLoss is not null) Assert.Contains(fast.GetTrades(), t => t.ExitReason == ExitReason.StopLoss);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(20_001)]
    public void NoLookAhead_APrefixOfTheDataGivesAPrefixOfTheResult(int cut)
    {
        var full = Btc1h.Value;
        var prefix = full.SliceByIndex(0, cut);
        var strategy = new SmaCross(new SmaCrossParameters(10, 30, TradeDirection.LongShort, 0.03, 0.05));
        var all = Simulator.Run(full, strategy);
        var part = Simulator.Run(prefix, strategy);
        Assert.True(all.Equity[..cut].SequenceEqual(part.Equity), "equity before the cut depends on later bars");
        var closed = part.GetTrades().Where(t => !t.IsOpen).ToList();
        Assert.Equal(all.GetTrades().Take(closed.Count), closed);
    }

    [Fact]
    public void Golden_Btc4hSeedConfig()
    {
        // sma-cross as seed 000 configures it (SMA 20/100, stop-loss 3 %, take-profit 6 %, long-only) on BTCUSDT spot 4h,
        // SimulationOptions.Default (10,000 cash, all-in, 0.1 % fee per fill, next open).
        var result = Simulator.Run(StrategyRuns.Btc4h, new SmaCross(new SmaCrossParameters(20, 100, TradeDirection.LongOnly, 0.03, 0.06)));
        var trades = result.GetTrades();
        Assert.Equal(75, trades.Count);
        Assert.Equal(18140.663002516343, result.FinalEquity, 18140.663002516343 * 1e-9);
        Assert.Equal((34, 36, 32), (trades.Count(t => t.Pnl > 0), trades.Count(t => t.ExitReason == ExitReason.StopLoss),
            trades.Count(t => t.ExitReason == ExitReason.TakeProfit)));
        Assert.Equal("30f749f3440e04886449d05ca2b6b965197746a43d12b6484cd710e62437e944", TradeListHash.Of(trades));
    }
}
