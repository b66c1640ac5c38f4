using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Simulation.Margin;

/// <summary>
/// Binance's one-way liquidation price, LP = (WB − TMM + UPNL + cum − side·Q·EP) / (Q·MMR − side·Q), worked by hand on
/// the BTCUSDT table (bracket 0: MMR 0.4 %, cum 0; bracket 1: MMR 0.5 %, cum 50).
/// </summary>
public class LiquidationTests
{
    private static readonly MarginBrackets Btc = MarginBrackets.BinanceBtcUsdt;

    [Fact]
    public void IsolatedLong_10x_HandComputedPriceAndLoss()
    {
        // Long 0.5 BTC at 50,000: notional 25,000, 10x → isolated margin 2,500. Bracket 0 (25,000 < 50,000).
        // LP = (2,500 + 0 − 0.5 × 50,000) / (0.5 × 0.004 − 0.5) = −22,500 / −0.498 = 45,180.722891566265
        // (notional at LP 22,590.36: still bracket 0).
        var lp = Liquidation.Isolated(0.5, 50_000, 2_500, Btc);
        Assert.Equal(45_180.722891566265, lp.Price, 1e-9);
        Assert.Equal(0, lp.Bracket);
        Assert.Equal(0.004, lp.MaintenanceMarginRate);
        // MM at LP = 22,590.361445783 × 0.004 = 90.361445783
        Assert.Equal(90.36144578313253, lp.MaintenanceMargin, 1e-9);

        // Closed at LP: PnL = 0.5 × (45,180.7229 − 50,000) = −2,409.638554216867; margin left 90.361445783133.
        // Fee 1.25 % × 0.5 × 45,180.7229 = 282.38 > 90.36 left, so it is capped at 90.361445783133: the loss is the
        // whole margin, 2,500, and nothing is left.
        var s = Liquidation.SettleIsolated(0.5, 50_000, lp.Price, 2_500, 0.0125);
        Assert.Equal(-2_409.6385542168673, s.RealizedPnl, 1e-9);
        Assert.Equal(90.36144578313253, s.Fee, 1e-9);
        Assert.Equal(2_500, s.Loss, 1e-9);
        Assert.Equal(0, s.MarginLeft, 1e-9);

        // With a 0.2 % fee (below the 0.4 % MMR) the fee is not capped: 0.002 × 0.5 × 45,180.7229 = 45.18072289156626,
        // loss 2,409.6385542 + 45.1807229 = 2,454.8192771084337, margin left 45.1807228915663.
        var low = Liquidation.SettleIsolated(0.5, 50_000, lp.Price, 2_500, 0.002);
        Assert.Equal(45.18072289156626, low.Fee, 1e-9);
        Assert.Equal(2_454.8192771084337, low.Loss, 1e-9);
        Assert.Equal(45.18072289156630, low.MarginLeft, 1e-9);
    }

    [Fact]
    public void IsolatedShort_20x_HandComputedPriceAndLoss()
    {
        // Short 0.5 BTC at 50,000: notional 25,000, 20x → margin 1,250. Bracket 0.
        // LP = (1,250 + 0 + 0.5 × 50,000) / (0.5 × 0.004 + 0.5) = 26,250 / 0.502 = 52,290.836653386454
        var lp = Liquidation.Isolated(-0.5, 50_000, 1_250, Btc);
        Assert.Equal(52_290.836653386454, lp.Price, 1e-9);
        Assert.Equal(0, lp.Bracket);

        // PnL = −0.5 × (52,290.8367 − 50,000) = −1,145.418326693227; left 104.581673306773; fee 1.25 % × 26,145.42 =
        // 326.82 capped at 104.581673306773; loss = 1,250.
        var s = Liquidation.SettleIsolated(-0.5, 50_000, lp.Price, 1_250, 0.0125);
        Assert.Equal(-1_145.418326693227, s.RealizedPnl, 1e-9);
        Assert.Equal(104.58167330677291, s.Fee, 1e-9);
        Assert.Equal(1_250, s.Loss, 1e-9);
    }

    [Fact]
    public void CrossLong_WithAnotherPosition_UsesWalletMinusOthersMaintenancePlusOthersPnl()
    {
        // Wallet 10,000; another position with maintenance margin 30 and unrealised PnL −200.
        // This position: long 0.5 BTC at 50,000 (bracket 0).
        // LP = (10,000 − 30 − 200 + 0 − 25,000) / (0.002 − 0.5) = −15,230 / −0.498 = 30,582.329317269076
        var lp = Liquidation.Estimate(0.5, 50_000, walletBalance: 10_000, otherMaintenanceMargin: 30, otherUnrealizedPnl: -200, Btc);
        Assert.Equal(30_582.329317269076, lp.Price, 1e-9);

        // Cross settlement: PnL 0.5 × (30,582.3293 − 50,000) = −9,708.835341365462; fee uncapped
        // 0.0125 × 0.5 × 30,582.3293 = 191.13955823293173; loss 9,899.974899598394.
        var s = Liquidation.SettleCross(0.5, 50_000, lp.Price, 0.0125);
        Assert.Equal(191.13955823293173, s.Fee, 1e-9);
        Assert.Equal(9_899.974899598394, s.Loss, 1e-9);
        Assert.Equal(0, s.MarginLeft);
    }

    [Fact]
    public void LongEnteringInBracket1_LiquidatesInBracket0_UsesTheBracketAtTheLiquidationPrice()
    {
        // Long 1 BTC at 60,000 (notional 60,000: bracket 1), 2x → margin 30,000.
        // With bracket 1: (30,000 + 50 − 60,000) / (0.005 − 1) = 30,100.50, notional 30,100 < 50,000: not bracket 1.
        // With bracket 0: (30,000 − 60,000) / (0.004 − 1) = 30,120.481927710844, notional 30,120 in bracket 0: chosen.
        var lp = Liquidation.Isolated(1, 60_000, 30_000, Btc);
        Assert.Equal(0, lp.Bracket);
        Assert.Equal(30_120.481927710844, lp.Price, 1e-9);
    }

    [Fact]
    public void ShortEnteringInBracket0_LiquidatesInBracket1_UsesTheBracketAtTheLiquidationPrice()
    {
        // Short 1 BTC at 40,000 (bracket 0), 2x → margin 20,000.
        // With bracket 0: 60,000 / 1.004 = 59,760.96, notional ≥ 50,000: not bracket 0.
        // With bracket 1: (20,000 + 50 + 40,000) / 1.005 = 59,751.243781094527, in bracket 1: chosen.
        var lp = Liquidation.Isolated(-1, 40_000, 20_000, Btc);
        Assert.Equal(1, lp.Bracket);
        Assert.Equal(59_751.243781094527, lp.Price, 1e-9);
    }

    [Theory]
    [InlineData(0.5, 50_000, 2_500, 0, 0)]
    [InlineData(-0.5, 50_000, 1_250, 0, 0)]
    [InlineData(30, 60_000, 90_000, 0, 0)]
    [InlineData(-30, 60_000, 90_000, 0, 0)]
    [InlineData(400, 70_000, 2_000_000, 0, 0)]
    [InlineData(-400, 70_000, 2_000_000, 0, 0)]
    [InlineData(3_000, 50_000, 40_000_000, 1_000_000, -500_000)]
    [InlineData(-3_000, 50_000, 40_000_000, 1_000_000, 250_000)]
    [InlineData(8_000, 60_000, 400_000_000, 0, 0)]
    public void AtTheLiquidationPrice_MarginBalanceEqualsMaintenanceMargin(double q, double entry, double wallet, double otherMm, double otherPnl)
    {
        // The defining property, checked without the formula: at LP, WB − TMM + UPNL + q·(LP − EP) equals the
        // maintenance margin of |q|·LP looked up in the table.
        var lp = Liquidation.Estimate(q, entry, wallet, otherMm, otherPnl, Btc);
        Assert.True(lp.HasPrice);
        double notional = Math.Abs(q) * lp.Price;
        Assert.Equal(Btc.IndexOf(notional), lp.Bracket);
        double balance = wallet - otherMm + otherPnl + q * (lp.Price - entry);
        Assert.Equal(Btc.MaintenanceMargin(notional), balance, 1e-6 * Math.Max(1, Math.Abs(balance)));
    }

    [Fact]
    public void LongBackedByMoreThanItsNotional_HasNoLiquidationPrice()
    {
        var lp = Liquidation.Isolated(0.1, 50_000, 5_000, Btc);
        Assert.False(lp.HasPrice);
        Assert.True(double.IsNaN(lp.Price));
        Assert.False(Liquidation.Isolated(0, 50_000, 100, Btc).HasPrice);
    }

    [Fact]
    public void IsolatedGapThroughBankruptcy_LossIsCappedAtTheMargin()
    {
        // Long 0.5 at 50,000 with 2,500 margin closed at 40,000 (a gap far below LP 45,180.72): PnL −5,000, but an
        // isolated position loses its margin only; no fee is left to take.
        var s = Liquidation.SettleIsolated(0.5, 50_000, 40_000, 2_500, 0.0125);
        Assert.Equal(-5_000, s.RealizedPnl, 1e-9);
        Assert.Equal(0, s.Fee);
        Assert.Equal(2_500, s.Loss, 1e-9);
        Assert.Equal(0, s.MarginLeft, 1e-9);
    }
}
