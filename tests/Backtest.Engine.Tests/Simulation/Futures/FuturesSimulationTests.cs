using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation.Futures;

/// <summary>USD-M futures in the simulator: liquidation by hand, funding against the rates file, and 1x futures = spot − funding.</summary>
public class FuturesSimulationTests
{
    private const string FundingFile = "binance/futures_um/BTCUSDT-funding.csv";
    private static readonly Lazy<CandleSeries> Perp = new(() => CsvCandleReader.Read(SharedData.Path("binance/futures_um/BTCUSDT-1h.csv.gz")).With(symbol: "BTCUSDT"));
    private static readonly Lazy<FundingRates> Rates = new(() => FundingRates.Load(SharedData.Path(FundingFile)));

    // Enter at bar 1's open (100); bar 2 trades down to 80 and back.
    private static readonly CandleSeries Drop = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), (100, 101, 80, 95), Bars.Flat(95));
    private static readonly CandleSeries Spike = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), (100, 125, 99, 105), Bars.Flat(105));

    private static SimulationOptions Futures(double leverage, double liquidationFee, MarginMode mode = MarginMode.Isolated) => new()
    {
        InitialCash = 10_000,
        Fee = MakerTakerFeeModel.None,
        Sizing = new FixedQuantitySizing(10),
        Futures = new FuturesSpec { Leverage = leverage, LiquidationFeeRate = liquidationFee, Funding = false, MarginMode = mode },
    };

    [Theory]
    // Long 10 @ 100 at 10x: notional 1,000, isolated margin 100, bracket 1 (MMR 0.4 %, cum 0).
    // LP = (WB + cum − Q·EP) / (Q·MMR − Q) = (100 − 1,000) / (0.04 − 10) = 90.36144578313253.
    // At LP the move costs 10 × (LP − 100) = −96.38554216867469; 3.6144578313253 of margin is left.
    // Fee 0.1 %: 0.001 × 10 × LP = 0.9036144578313253, under what is left: loss 97.28915662650601.
    [InlineData(0.001, 97.28915662650601)]
    // Fee 1.25 %: 11.295180722891566 exceeds the 3.6144578313253 left: capped, the loss is the whole margin, 100.
    [InlineData(0.0125, 100.0)]
    public void IsolatedLong_IsLiquidatedAtTheHandComputedPrice(double liquidationFee, double loss)
    {
        var result = Simulator.Run(Drop, ScriptedStrategy.Market((0, OrderAction.EnterLong)), Futures(10, liquidationFee));
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal(ExitReason.Liquidation, trade.ExitReason);
        Assert.Equal(2, trade.ExitBar);
        Assert.Equal(90.36144578313253, trade.ExitPrice, 1e-9);
        Assert.Equal(-loss, trade.Pnl, 1e-9);
        Assert.Equal(10_000 - loss, result.FinalEquity, 1e-9);
        Assert.Equal(1, result.Liquidations);
    }

    [Fact]
    public void IsolatedShort_IsLiquidatedAtTheHandComputedPrice()
    {
        // Short 10 @ 100 at 5x: margin 200; LP = (200 + 0 + 1,000) / (0.04 + 10) = 119.52191235059761. The move costs
        // 10 × (100 − LP) = −195.2191235059761; fee 0.001 × 10 × LP = 1.1952191235059761: loss 196.4143426294821.
        var result = Simulator.Run(Spike, ScriptedStrategy.Market((0, OrderAction.EnterShort)), Futures(5, 0.001));
        var trade = Assert.Single(result.GetTrades());
        Assert.Equal(ExitReason.Liquidation, trade.ExitReason);
        Assert.Equal(119.52191235059761, trade.ExitPrice, 1e-9);
        Assert.Equal(-196.4143426294821, trade.Pnl, 1e-9);
    }

    [Fact]
    public void CrossMargin_UsesTheWholeWallet()
    {
        // Cross: WB = 10,000 (the wallet), so a 10-unit long at 10x cannot be liquidated by a fall to 80.
        var result = Simulator.Run(Drop, ScriptedStrategy.Market((0, OrderAction.EnterLong)), Futures(10, 0.001, MarginMode.Cross));
        Assert.Equal(ExitReason.Open, Assert.Single(result.GetTrades()).ExitReason);
        Assert.Equal(0, result.Liquidations);
    }

    [Theory]
    [InlineData(MarginMode.Cross, ExitReason.Liquidation, ExitReason.Open)]
    [InlineData(MarginMode.Isolated, ExitReason.Open, ExitReason.Liquidation)]
    public void CrossMarginInAPortfolio_CountsTheOtherPositionsLoss(MarginMode mode, ExitReason aaaExit, ExitReason bbbExit)
    {
        // 200 cash; AAA and BBB each buy 10 @ 100 at 10x (margin 100 each) at bar 1's open. BBB closes bar 2 at 85.
        // Cross, at bar 3, AAA's LP = (WB − TMM + UPNL + cum − Q·EP) / (Q·MMR − Q) with WB = 200 (the wallet), BBB's
        // TMM = 10 × 85 × 0.004 = 3.4 and UPNL = 10 × (85 − 100) = −150: (200 − 3.4 − 150 − 1,000) / (0.04 − 10)
        // = 95.72289156626506, which bar 3's low of 93 reaches; BBB's own LP then was (200 − 4 + 0 − 1,000) / (0.04 − 10)
        // = 80.72, under its low of 85, so it survives. Isolated, each LP is (100 − 1,000) / (0.04 − 10) = 90.36: BBB's
        // low of 85 reaches it at bar 2, AAA's 93 does not.
        var aaa = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), Bars.Flat(100), (100, 100, 93, 95), Bars.Flat(95)).With(symbol: "AAAUSDT");
        var bbb = Bars.Hourly(Bars.Flat(100), Bars.Flat(100), (100, 100, 85, 85), Bars.Flat(85), Bars.Flat(85)).With(symbol: "BBBUSDT");
        var options = Futures(10, 0.001, mode) with { InitialCash = 200 };
        var portfolio = Simulator.RunPortfolio([aaa, bbb], () => ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);
        var trade = Assert.Single(portfolio.Symbols[0].GetTrades());
        var other = Assert.Single(portfolio.Symbols[1].GetTrades());
        Assert.Equal((aaaExit, bbbExit), (trade.ExitReason, other.ExitReason));
        if (mode == MarginMode.Cross) Assert.Equal(95.72289156626506, trade.ExitPrice, 1e-9);
        else Assert.Equal(90.36144578313253, other.ExitPrice, 1e-9);
    }

    [Fact]
    public void LeverageAboveTheBracketsMaximum_IsRejected()
    {
        // 1,000 units @ 100 = 100,000 notional: bracket 2 allows at most 100x; 125x is refused.
        var options = Futures(125, 0.001) with { Sizing = new FixedQuantitySizing(1_000), InitialCash = 1_000_000 };
        var result = Simulator.Run(Drop, ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);
        Assert.Equal((0, 1), (result.TradeCount, result.RejectedOrders));
    }

    [Fact]
    public void FundingOverAHeldPosition_EqualsTheSumOverTheFile()
    {
        var candles = Perp.Value;
        var options = Futures(1, 0.0125) with { Sizing = new FixedQuantitySizing(0.5), InitialCash = 100_000, Futures = new FuturesSpec(), FundingRates = new Dictionary<string, FundingRates> { ["BTCUSDT"] = Rates.Value } };
        var result = Simulator.Run(candles, ScriptedStrategy.Market((0, OrderAction.EnterLong)), options);

        // Independently: every row of the file, placed on the bar that contains it; the long (0.5 BTC, filled at bar 1's
        // open) pays rate × 0.5 × that bar's open for every funding time from bar 2 on (bar 1's is settled before the fill).
        double expected = 0;
        int events = 0;
        foreach (var line in File.ReadLines(SharedData.Path(FundingFile)).Skip(1))
        {
            var cells = line.Split(',');
            long time = long.Parse(cells[0], CultureInfo.InvariantCulture);
            double rate = double.Parse(cells[2], CultureInfo.InvariantCulture);
            int bar = candles.LowerBound(time + 1) - 1;
            if (bar < 2 || candles.OpenTimeMs[bar] + 3_600_000 <= time) continue;
            expected += rate * 0.5 * candles.Open[bar];
            events++;
        }
        Assert.True(events > 1000);
        Assert.Equal(expected, result.FundingPaid, Math.Abs(expected) * 1e-12);
        Assert.Equal(100_000 - expected + 0.5 * (candles.Close[^1] - candles.Open[1]), result.FinalEquity, 1e-6);
    }

    [Fact]
    public void OneTimesLongFutures_EqualsSpotMinusFunding()
    {
        var candles = Perp.Value;
        var strategy = new SmaCross(new SmaCrossParameters(24, 96));
        var spotOptions = SimulationOptions.Default with { Sizing = new FixedQuantitySizing(0.2), InitialCash = 50_000 };
        var spot = Simulator.Run(candles, strategy, spotOptions);
        var futures = Simulator.Run(candles, strategy, spotOptions with
        {
            Futures = new FuturesSpec { Leverage = 1 },
            FundingRates = new Dictionary<string, FundingRates> { ["BTCUSDT"] = Rates.Value },
        });
        Assert.True(spot.TradeCount > 50);
        Assert.Equal(spot.GetTrades(), futures.GetTrades());
        Assert.NotEqual(0, futures.FundingPaid);
        Assert.Equal(spot.FinalEquity - futures.FundingPaid, futures.FinalEquity, 1e-6);
    }

    [Fact]
    public void RiskSizing_RisksTheSameFractionAtAnyLeverage()
    {
        // Risk 1 % of 10,000 with a 5 % stop at 100: 100 / 5 = 20 units, at 1x or 10x (leverage only frees cash).
        var options = Futures(10, 0.001) with { Sizing = new RiskPercentSizing(0.01) };
        var scripted = new ScriptedStrategy((0, OrderIntent.Market(OrderAction.EnterLong) with { Stops = ProtectiveStops.Percent(0.05, null) }));
        Assert.Equal(20, Simulator.Run(Drop, scripted, options).GetTrades()[0].Quantity, 1e-9);
    }

    [Fact]
    public async Task Manifest_PinsTheFundingRates_AndReplayRefusesChangedOnes()
    {
        using var temp = new TempFolder();
        string rates = Path.Combine(temp.Path, "BTCUSDT-funding.csv");
        File.Copy(SharedData.Path(FundingFile), rates);
        var candles = Perp.Value.SliceByIndex(0, 3000);
        var options = new BacktestOptions { Futures = new FuturesSpec { Leverage = 2, FundingRatesPath = rates } };
        var original = BacktestRunner.Run(options, candles);
        var manifest = original.GetManifest();
        Assert.Equal(Rates.Value.Sha256(), manifest.Funding!["BTCUSDT"]);

        var replayed = await BacktestRunner.ReplayAsync(RunManifest.FromJson(manifest.ToJson()), candles);
        Assert.Equal(original.FinalEquity, replayed.FinalEquity);
        Assert.Equal(original.FundingPaid, replayed.FundingPaid);

        var lines = File.ReadAllLines(rates);
        lines[500] = lines[500][..lines[500].LastIndexOf(',')] + ",0.0009";
        File.WriteAllLines(rates, lines);
        var error = await Assert.ThrowsAsync<Errors.BacktestException>(() => BacktestRunner.ReplayAsync(manifest, candles));
        Assert.Equal(("funding_rates", Errors.ErrorKind.InvalidData), (error.Target, error.Kind));
    }

    [Fact]
    public void FundingOnWithoutRates_IsAnErrorNamingTheSetting()
    {
        var options = SimulationOptions.Default with { Futures = new FuturesSpec() };
        var error = Assert.Throws<Errors.BacktestException>(() => Simulator.Run(Drop, ScriptedStrategy.Market((0, OrderAction.EnterLong)), options));
        Assert.Equal("funding_rates", error.Target);
    }
}
