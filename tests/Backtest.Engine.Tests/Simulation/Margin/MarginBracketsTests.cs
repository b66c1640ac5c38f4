using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Simulation.Margin;

public class MarginBracketsTests
{
    [Fact]
    public void BinanceBtcUsdt_DerivesPublishedMaintenanceAmounts()
    {
        // cum_k = cum_{k-1} + floor_k × (mmr_k − mmr_{k-1}), e.g. cum_3 = 2,550 + 8,000,000 × (2.5 % − 1 %) = 122,550.
        double[] expected = [0, 50, 2_550, 122_550, 1_372_550, 5_372_550, 7_872_550, 12_872_550, 42_872_550, 167_872_550];
        var brackets = MarginBrackets.BinanceBtcUsdt;
        Assert.Equal(expected.Length, brackets.Count);
        for (int k = 0; k < expected.Length; k++) Assert.Equal(expected[k], brackets.MaintenanceAmount(k), 1e-6);
    }

    [Fact]
    public void DerivedAmounts_MatchBinanceApiSnapshot()
    {
        // An independent reference: a 2021 answer of Binance's GET /fapi/v1/leverageBracket for BTCUSDT
        // (boolean404/heikin-ashi-trading-bot, json/fapiPrivate_get_leverage_bracket.py), which states each "cum".
        var table = new MarginBrackets(
        [
            new(0, 0.004, 125), new(50_000, 0.005, 100), new(250_000, 0.01, 50), new(3_000_000, 0.025, 20),
            new(20_000_000, 0.05, 10), new(40_000_000, 0.1, 5), new(100_000_000, 0.125, 4), new(120_000_000, 0.15, 3),
            new(200_000_000, 0.25, 2), new(300_000_000, 0.5, 1),
        ]);
        double[] apiCum = [0, 50, 1_300, 46_300, 546_300, 2_546_300, 5_046_300, 8_046_300, 28_046_300, 103_046_300];
        for (int k = 0; k < apiCum.Length; k++) Assert.Equal(apiCum[k], table.MaintenanceAmount(k), 1e-6);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(49_999.99, 0)]
    [InlineData(50_000, 1)]
    [InlineData(499_999, 1)]
    [InlineData(500_000, 2)]
    [InlineData(8_000_000, 3)]
    [InlineData(79_999_999, 4)]
    [InlineData(500_000_000, 9)]
    [InlineData(2e9, 9)]
    public void IndexOf_PicksBracketWhoseFloorIsAtOrBelowNotional(double notional, int bracket) =>
        Assert.Equal(bracket, MarginBrackets.BinanceBtcUsdt.IndexOf(notional));

    [Fact]
    public void MaintenanceMargin_IsNotionalTimesRateMinusCum()
    {
        var b = MarginBrackets.BinanceBtcUsdt;
        Assert.Equal(40_000 * 0.004, b.MaintenanceMargin(40_000), 1e-9);
        // 1,000,000 is in bracket 2 (1 %, cum 2,550): 10,000 − 2,550.
        Assert.Equal(7_450, b.MaintenanceMargin(1_000_000), 1e-9);
    }

    [Fact]
    public void MaintenanceMargin_IsContinuousAtEveryFloor()
    {
        var b = MarginBrackets.BinanceBtcUsdt;
        for (int k = 1; k < b.Count; k++)
        {
            double floor = b.Floor(k);
            double below = floor * b.Rate(k - 1) - b.MaintenanceAmount(k - 1);
            Assert.Equal(below, b.MaintenanceMargin(floor), 1e-6);
        }
    }

    [Fact]
    public void CheckLeverage_AboveBracketMax_NamesBracketAndMax()
    {
        var b = MarginBrackets.BinanceBtcUsdt;
        b.CheckLeverage(40_000, 125);
        b.CheckLeverage(100_000, 100);
        var ex = Assert.Throws<BacktestException>(() => b.CheckLeverage(100_000, 125));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Equal("leverage", ex.Target);
        Assert.Contains("brackets[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("max of 100", ex.Message, StringComparison.Ordinal);
        Assert.Contains("100000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_WithFallingRate_IsRejectedNamingTheRow()
    {
        var ex = Assert.Throws<BacktestException>(() => new MarginBrackets([new(0, 0.01, 50), new(10_000, 0.005, 20)]));
        Assert.Contains("brackets[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SpecWithoutTable_UsesBinanceBtcUsdt_AndSpecTableOtherwise()
    {
        Assert.Same(MarginBrackets.BinanceBtcUsdt, MarginBrackets.For(new FuturesSpec()));
        var own = MarginBrackets.For(new FuturesSpec { Brackets = [new(0, 0.01, 20), new(1_000, 0.02, 10)] });
        Assert.Equal(2, own.Count);
        Assert.Equal(10, own.MaintenanceAmount(1), 1e-12);
    }
}
