using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Tests.Simulation.TestData;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>Fee and slippage models on one round trip: entry at bar 1's open (102), exit at bar 3's open (105).</summary>
public class FeeAndSlippageTests
{
    private static readonly Engine.Data.CandleSeries Candles = Bars.Hourly(
        (100, 101, 99, 100, 1000), (102, 104, 101, 103, 2000), (103, 106, 102, 105, 500), (105, 107, 100, 101, 800), (101, 102, 95, 96, 900));

    private static readonly SimulationOptions OneUnit = new() { InitialCash = 1000, Fee = MakerTakerFeeModel.None, Sizing = new FixedQuantitySizing(1) };

    private static Trade RoundTrip(SimulationOptions options, OrderIntent? entry = null)
    {
        var strategy = new ScriptedStrategy((0, entry ?? OrderIntent.Market(OrderAction.EnterLong)), (2, OrderIntent.Market(OrderAction.Exit)));
        return Simulator.Run(Candles, strategy, options).GetTrades()[0];
    }

    [Fact]
    public void TakerFills_PayTheTakerRatePlusTheFixedFee()
    {
        var trade = RoundTrip(OneUnit with { Fee = new MakerTakerFeeModel(0.0002, 0.001, 0.5) });
        Assert.Equal(102 * 0.001 + 0.5 + (105 * 0.001 + 0.5), trade.Fees, 12);
        Assert.Equal(3 - trade.Fees, trade.Pnl, 12);
    }

    [Fact]
    public void LimitFills_PayTheMakerRate()
    {
        // A buy limit at 101.5 placed at bar 0 fills inside bar 1 at 101.5 (maker); the exit is a market order (taker).
        var trade = RoundTrip(OneUnit with { Fee = new MakerTakerFeeModel(0.0002, 0.001) }, OrderIntent.Limit(OrderAction.EnterLong, 101.5));
        Assert.Equal(101.5, trade.EntryPrice);
        Assert.Equal(101.5 * 0.0002 + 105 * 0.001, trade.Fees, 12);
    }

    [Fact]
    public void FixedBps_MovesBothFillsAgainstTheTrader()
    {
        var trade = RoundTrip(OneUnit with { Slippage = new FixedBpsSlippage(10) });
        Assert.Equal(102 * (1 + 10.0 / 10_000), trade.EntryPrice);
        Assert.Equal(105 * (1 - 10.0 / 10_000), trade.ExitPrice);
    }

    [Fact]
    public void AtrFraction_AddsAMultipleOfTheLastClosedBarsAtr()
    {
        var options = OneUnit with { Slippage = new AtrFractionSlippage(0.5), AtrPeriod = 2 };
        var atr = Engine.Indicators.Atr.Series(Candles, 2).Atr;
        var trade = RoundTrip(options);
        Assert.Equal(102, trade.EntryPrice);                 // ATR(2) is not defined before bar 2: no slippage on the entry
        Assert.Equal(105 - 0.5 * atr[2], trade.ExitPrice);   // the exit at bar 3's open uses bar 2's ATR
    }

    [Fact]
    public void VolumeShare_GrowsWithTheSquareOfTheShare()
    {
        var trade = RoundTrip(OneUnit with { Sizing = new FixedQuantitySizing(5), InitialCash = 10_000, Slippage = new VolumeShareSlippage(0.1) });
        double entryShare = 5 / 1000.0, exitShare = 5 / 500.0;   // volumes of bars 0 and 2, the last closed before each fill
        Assert.Equal(102 + 102 * 0.1 * entryShare * entryShare, trade.EntryPrice, 12);
        Assert.Equal(105 - 105 * 0.1 * exitShare * exitShare, trade.ExitPrice, 12);
    }

    [Theory]
    [InlineData(-0.001, 0.001)]
    [InlineData(0.001, 1.5)]
    public void FeeRatesOutOfRange_AreRejectedByName(double maker, double taker)
    {
        var error = Assert.Throws<BacktestException>(() => new MakerTakerFeeModel(maker, taker));
        Assert.Contains("fee", error.Target, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", SlippageKind.None, 0)]
    [InlineData("5", SlippageKind.FixedBps, 5)]
    [InlineData("7.5bps", SlippageKind.FixedBps, 7.5)]
    [InlineData("ATR:0.2", SlippageKind.AtrFraction, 0.2)]
    [InlineData("volume:0.1", SlippageKind.VolumeShare, 0.1)]
    public void SlippageSpec_ParsesItsTextForms(string text, SlippageKind kind, double value)
    {
        var spec = SlippageSpec.Parse(text);
        Assert.Equal((kind, value), (spec.Kind, spec.Value));
        Assert.Equal(spec, SlippageSpec.Parse(spec.ToString()));
    }

    [Fact]
    public void SlippageSpec_RejectsNonsense()
    {
        Assert.Equal("slippage", Assert.Throws<BacktestException>(() => SlippageSpec.Parse("lots")).Target);
        Assert.Equal("slippage", Assert.Throws<BacktestException>(() => SlippageSpec.Parse("-3bps")).Target);
    }
}
