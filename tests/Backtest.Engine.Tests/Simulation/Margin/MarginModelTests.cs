using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Tests.Simulation.Margin;

public class MarginModelTests
{
    [Fact]
    public void UsdMIsolated_Evaluate_GivesInitialMaintenanceAndLiquidation()
    {
        IMarginModel model = new UsdMMarginModel(new FuturesSpec { Leverage = 10 });
        // Long 0.5 at 50,000, now 48,000: notional 24,000, IM 2,400, MM 24,000 × 0.004 = 96; LP from the 2,500 margin
        // is the hand-computed 45,180.722891566265 (LiquidationTests).
        var e = model.Evaluate(new MarginContext(0.5, 50_000, 48_000, IsolatedMargin: 2_500));
        Assert.Equal(24_000, e.Notional, 1e-9);
        Assert.Equal(2_400, e.InitialMargin, 1e-9);
        Assert.Equal(96, e.MaintenanceMargin, 1e-9);
        Assert.Equal(125, e.MaxLeverage);
        Assert.Equal(45_180.722891566265, e.Liquidation.Price, 1e-9);
    }

    [Fact]
    public void UsdMCross_Evaluate_UsesWalletAndOtherPositions()
    {
        IMarginModel model = new UsdMMarginModel(new FuturesSpec { Leverage = 20, MarginMode = MarginMode.Cross });
        var e = model.Evaluate(new MarginContext(0.5, 50_000, 50_000, IsolatedMargin: 0, WalletBalance: 10_000, OtherMaintenanceMargin: 30, OtherUnrealizedPnl: -200));
        Assert.Equal(1_250, e.InitialMargin, 1e-9);
        Assert.Equal(30_582.329317269076, e.Liquidation.Price, 1e-9);
    }

    [Fact]
    public void UsdM_LargeNotional_ReportsTheLowerMaxLeverage()
    {
        var model = new UsdMMarginModel(new FuturesSpec { Leverage = 20 });
        // 10 BTC at 60,000 = 600,000: bracket 2 (1 %, cum 2,550, max 50x).
        var e = model.Evaluate(new MarginContext(10, 60_000, 60_000, IsolatedMargin: 30_000));
        Assert.Equal(50, e.MaxLeverage);
        Assert.Equal(600_000 * 0.01 - 2_550, e.MaintenanceMargin, 1e-9);
        Assert.Throws<BacktestException>(() => model.Brackets.CheckLeverage(e.Notional, 75));
    }

    [Fact]
    public void UsdM_BadSpec_IsRejected()
    {
        var ex = Assert.Throws<BacktestException>(() => new UsdMMarginModel(new FuturesSpec { Leverage = 200 }));
        Assert.Equal("leverage", ex.Target);
    }

    [Fact]
    public void Spot_TakesWholeNotional_AndNeverLiquidates()
    {
        var e = SpotMarginModel.Instance.Evaluate(new MarginContext(-2, 100, 110, IsolatedMargin: 0));
        Assert.Equal(220, e.InitialMargin, 1e-12);
        Assert.Equal(0, e.MaintenanceMargin);
        Assert.Equal(1, e.MaxLeverage);
        Assert.False(e.Liquidation.HasPrice);
    }
}
