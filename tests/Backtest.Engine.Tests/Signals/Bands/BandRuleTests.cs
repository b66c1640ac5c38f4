using Backtest.Engine.Signals;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class BandRuleTests
{
    [Fact]
    public void CloseExactlyOnABand_Holds()
    {
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(90, 90, 110));
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(110, 90, 110));
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(100, 90, 110));
    }

    [Fact]
    public void OneUlpBeyondABand_Signals()
    {
        Assert.Equal(TradeSignal.Buy, BandRule.Classify(Math.BitDecrement(90.0), 90, 110));
        Assert.Equal(TradeSignal.Sell, BandRule.Classify(Math.BitIncrement(110.0), 90, 110));
    }

    [Fact]
    public void NonFiniteInput_Holds()
    {
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(double.NaN, 90, 110));
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(50, double.NaN, 110));
        Assert.Equal(TradeSignal.Hold, BandRule.Classify(150, 90, double.PositiveInfinity));
    }

    [Fact]
    public void PotentialReturn_FollowsTheSignal()
    {
        Assert.Equal(25.0, BandRule.PotentialReturnPct(TradeSignal.Buy, 80, 100), 12);
        Assert.Equal(-20.0, BandRule.PotentialReturnPct(TradeSignal.Sell, 80, 100), 12);
        Assert.Equal(0.0, BandRule.PotentialReturnPct(TradeSignal.Hold, 80, 100));
    }

    [Fact]
    public void PotentialReturn_WithABandAtOrBelowZero_IsZero()
    {
        Assert.Equal(0.0, BandRule.PotentialReturnPct(TradeSignal.Buy, 0, 100));
        Assert.Equal(0.0, BandRule.PotentialReturnPct(TradeSignal.Sell, -5, 100));
    }

    [Fact]
    public void DistanceSigma_IsSignedAndZeroForAFlatFit()
    {
        Assert.Equal(-2.5, BandRule.DistanceSigma(95, 100, 2), 12);
        Assert.Equal(1.5, BandRule.DistanceSigma(103, 100, 2), 12);
        Assert.Equal(0.0, BandRule.DistanceSigma(100, 100, 0));
    }
}
