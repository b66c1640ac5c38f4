using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Metrics;
using Backtest.Engine.Signals.Bands;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;
using Backtest.Engine.Tests.Strategies.TestData;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>band-reversion: entries outside the bands, exits at the fit or the far band, shorts, stops, strength, no look-ahead, golden run.</summary>
public class BandReversionTests
{
    private static readonly double[] Closes = [100, 102, 100, 102, 100, 102, 100, 102, 95, 97, 99, 101, 103, 110, 107, 104, 100, 98, 101, 101, 100, 96, 95, 95];

    // Bars open at their close and span close ± 0.5. Bands: lookback 8, degree 2, 1 standard deviation (the values the
    // comments quote are PolynomialBands' at those bars, checked in Bands_AreWhereTheCasesNeedThem).
    private static readonly CandleSeries Candles = Bars.Hourly(Closes.Select(c => (c, c + 0.5, c - 0.5, c)).ToArray());

    private static readonly PolynomialBandsResult Bands = PolynomialBands.Series(Closes, 8, 2, 1.0);

    private static IReadOnlyList<Trade> Run(BandReversionExit exitAt, bool allowShort, double? stopLoss = null) =>
        Simulator.Run(Candles, new BandReversion(new BandReversionParameters(8, 2, 1.0, exitAt, allowShort, stopLoss)), StrategyRuns.OneUnit).GetTrades();

    private static (TradeSide, int, int, ExitReason)[] Summary(IReadOnlyList<Trade> trades) =>
        trades.Select(t => (t.Side, t.EntryBar, t.IsOpen ? -1 : t.ExitBar, t.IsOpen ? ExitReason.EndOfData : t.ExitReason)).ToArray();

    [Fact]
    public void Bands_AreWhereTheCasesNeedThem()
    {
        Assert.True(double.IsNaN(Bands.Fit[6]) && !double.IsNaN(Bands.Fit[7]));          // warm-up: lookback − 1 bars
        Assert.True(Closes[8] < Bands.Lower[8]);                                           // 95 < 95.48
        Assert.True(Closes[9] >= Bands.Fit[9] && Closes[9] < Bands.Upper[9]);              // 97 in [95.92, 97.49)
        Assert.True(Closes[14] < Bands.Lower[14]);                                         // 107 < 107.62
        Assert.True(Closes[17] >= Bands.Fit[17] && Closes[17] < Bands.Upper[17]);          // 98 in [97.00, 98.74)
        Assert.True(Closes[18] > Bands.Upper[18]);                                         // 101 > 100.38
        Assert.True(Closes[20] <= Bands.Fit[20] && Closes[20] >= Bands.Lower[20]);         // 100 in [99.88, 101.04]
        Assert.True(Closes[21] < Bands.Lower[21]);                                         // 96 < 96.36
        Assert.True(Enumerable.Range(9, 9).All(i => Closes[i] < Bands.Upper[i]));          // a long from bar 9 sees no upper band until 18
    }

    [Fact]
    public void LongOnlyExitAtFit_BuysBelowTheLowerBandAndSellsBackAtTheFit()
    {
        Assert.Equal([(TradeSide.Long, 9, 10, ExitReason.Signal), (TradeSide.Long, 15, 18, ExitReason.Signal), (TradeSide.Long, 22, -1, ExitReason.EndOfData)],
            Summary(Run(BandReversionExit.Fit, allowShort: false)));
    }

    [Fact]
    public void LongOnlyExitAtUpper_HoldsUntilTheUpperBand()
    {
        Assert.Equal([(TradeSide.Long, 9, 19, ExitReason.Signal), (TradeSide.Long, 22, -1, ExitReason.EndOfData)],
            Summary(Run(BandReversionExit.FarBand, allowShort: false)));
    }

    [Fact]
    public void AllowShortExitAtFit_ShortsAboveTheUpperBandAndCoversAtTheFit()
    {
        Assert.Equal(
            [(TradeSide.Long, 9, 10, ExitReason.Signal), (TradeSide.Long, 15, 18, ExitReason.Signal), (TradeSide.Short, 19, 21, ExitReason.Signal),
                (TradeSide.Long, 22, -1, ExitReason.EndOfData)],
            Summary(Run(BandReversionExit.Fit, allowShort: true)));
    }

    [Fact]
    public void AllowShortExitAtUpper_ReversesAtTheFarBands()
    {
        Assert.Equal([(TradeSide.Long, 9, 19, ExitReason.Reversal), (TradeSide.Short, 19, 22, ExitReason.Reversal), (TradeSide.Long, 22, -1, ExitReason.EndOfData)],
            Summary(Run(BandReversionExit.FarBand, allowShort: true)));
    }

    [Fact]
    public void StopLoss_ExitsTheLongAtTheGapOpen()
    {
        // The long from bar 15 (entry 104) has its 5 % stop at 98.8; bar 17 opens at 98, below it.
        var trades = Run(BandReversionExit.Fit, allowShort: false, stopLoss: 0.05);
        Assert.Equal((15, 17, 98.0, ExitReason.StopLoss), (trades[1].EntryBar, trades[1].ExitBar, trades[1].ExitPrice, trades[1].ExitReason));
    }

    [Fact]
    public void Entry_StrengthIsTheDistanceOutsideTheBandInHalfWidths()
    {
        var strategy = new BandReversion(new BandReversionParameters(8, 2, 1.0, allowShort: true));
        strategy.Initialize(new StrategyContext(Candles, new MarketView(Candles), SimulationOptions.Default));
        var orders = new OrderIntents();
        strategy.OnBar(new BarState(8, 0, 10_000, 10_000, double.NaN, -1), orders);
        strategy.OnBar(new BarState(18, 0, 10_000, 10_000, double.NaN, -1), orders);
        var (entryLong, entryShort) = (orders.Items[0], orders.Items[1]);
        Assert.Equal((OrderAction.EnterLong, (Bands.Lower[8] - 95) / (Bands.Upper[8] - Bands.Fit[8])), (entryLong.Action, entryLong.Strength));
        Assert.Equal((OrderAction.EnterShort, (101 - Bands.Upper[18]) / (Bands.Upper[18] - Bands.Fit[18])), (entryShort.Action, entryShort.Strength));
        Assert.True(entryLong.Strength > 0 && entryShort.Strength > 0);
    }

    [Fact]
    public void RealData_EveryDecisionFollowsTheRules()
    {
        var candles = StrategyRuns.Btc4h;
        var bands = PolynomialBands.Series(candles.Close, 100, 2, 2.0);
        var trades = Simulator.Run(candles, new BandReversion(new BandReversionParameters(allowShort: true))).GetTrades();
        Assert.True(trades.Count > 50);
        Assert.Contains(trades, t => t.Side == TradeSide.Short);
        foreach (var t in trades)
        {
            int entry = t.EntryBar - 1;   // decided at the previous close, filled at this open
            Assert.True(t.Side == TradeSide.Long ? candles.Close[entry] < bands.Lower[entry] : candles.Close[entry] > bands.Upper[entry], $"entry decided at bar {entry}");
            if (t.IsOpen) continue;
            int exit = t.ExitBar - 1;
            bool byRule = t.Side == TradeSide.Long ? candles.Close[exit] >= bands.Fit[exit] : candles.Close[exit] <= bands.Fit[exit];
            Assert.True(byRule, $"{t.Side} exit decided at bar {exit} ({t.ExitReason})");
        }
    }

    [Fact]
    public void NoLookAhead_APrefixOfTheDataGivesAPrefixOfTheResult()
    {
        var strategy = new BandReversion(new BandReversionParameters(60, 3, 1.5, BandReversionExit.Fit, allowShort: true, stopLoss: 0.04));
        var all = StrategyRuns.AssertPrefixGivesPrefix(StrategyRuns.Btc4h, strategy, 4_001);
        Assert.Contains(all.GetTrades(), t => t.ExitReason == ExitReason.StopLoss);
        Assert.Contains(all.GetTrades(), t => t.Side == TradeSide.Short);
    }

    [Theory]
    [InlineData("lookback", "3")]
    [InlineData("degree", "11")]
    [InlineData("std_devs", "0")]
    [InlineData("exit_at", "lower")]
    [InlineData("allow_short", "maybe")]
    [InlineData("stop_loss", "1")]
    public void OutOfRangeValue_IsAnErrorNamingTheParameter(string name, string value) => StrategyRuns.AssertOutOfRange(BandReversion.Entry, name, value);

    [Fact]
    public void LookbackBelowDegreePlusTwo_IsAnErrorNamingLookback()
    {
        var error = StrategyRuns.AssertRejected(BandReversion.Entry, "lookback", ("lookback", "6"), ("degree", "5"));
        Assert.Equal("band-reversion: parameter 'lookback' must be at least degree + 2; got lookback=6, degree=5.", error.Message);
    }

    [Fact]
    public void Catalog_ResolvesNamesToParameters()
    {
        var p = Assert.IsType<BandReversion>(StrategyRuns.FromCatalog(BandReversion.Entry,
            ("lookback", "50"), ("degree", "3"), ("std_devs", "1.5"), ("exit_at", "upper"), ("allow_short", "yes"), ("stop_loss", "0.03"))).Parameters;
        Assert.Equal(new BandReversionParameters(50, 3, 1.5, BandReversionExit.FarBand, true, 0.03), p);
        Assert.Equal(ProtectiveStops.Percent(0.03, null), p.Stops);
        var defaults = Assert.IsType<BandReversion>(StrategyRuns.FromCatalog(BandReversion.Entry)).Parameters;
        Assert.Equal(new BandReversionParameters(), defaults);
        Assert.Null(defaults.Stops);
    }

    [Fact]
    public void Golden_Btc4hCatalogDefaults()
    {
        // band-reversion with the catalog defaults (lookback 100, degree 2, 2 standard deviations, exit at the fit,
        // long only, no stop) on BTCUSDT spot 4h, SimulationOptions.Default (10,000 cash, all-in, 0.1 % fee per fill, next open).
        var result = Simulator.Run(StrategyRuns.Btc4h, StrategyRuns.FromCatalog(BandReversion.Entry));
        var trades = result.GetTrades();
        Assert.Equal(130, trades.Count);
        Assert.Equal(4163.659120248097, result.FinalEquity, 4163.659120248097 * 1e-9);
        Assert.Equal(100.0 * 67 / 130, StrategyRuns.WinRatePct(trades), 1e-12);
        Assert.Equal((130, 1), (trades.Count(t => t.Side == TradeSide.Long), trades.Count(t => t.IsOpen)));
        Assert.Equal("69a414172072ac41584e4b3e7cc0a3ed31123ded211592682f60ec608bc5af5c", TradeListHash.Of(trades));
    }
}
