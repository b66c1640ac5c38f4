using Backtest.Engine.Data;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Simulation;

/// <summary>
/// Cash, trades and metrics agree on real data: with every position closed, the change in equity is the sum of the
/// trades' net profits and the fees are the sum of the trades' fees; the result's metrics are the metrics library's.
/// </summary>
public class AccountingTests
{
    private static readonly Lazy<CandleSeries> Btc4h = new(() => CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-4h.csv.gz")));

    public static TheoryData<string, string> Setups() => new()
    {
        { "long-only", "none" },
        { "long-short", "5bps" },
        { "long-short", "atr:0.05" },
        { "long-only", "volume:0.1" },
    };

    [Theory]
    [MemberData(nameof(Setups))]
    public void ClosedRun_EquityChangeIsTheSumOfTradePnl(string direction, string slippage)
    {
        var options = new BacktestOptions
        {
            Parameters = new Dictionary<string, string> { ["fast"] = "9", ["slow"] = "26", ["direction"] = direction, ["stop_loss"] = "0.04" },
            Slippage = SlippageSpec.Parse(slippage),
            EndOfData = EndOfDataPolicy.CloseAtLastClose,
            Stops = new ProtectiveStops { Trailing = StopLevel.Percent(0.08) },
        };
        var result = BacktestRunner.Run(options, Btc4h.Value);
        var trades = result.GetTrades();
        Assert.True(trades.Count > 100);
        Assert.All(trades, t => Assert.False(t.IsOpen));
        double pnl = trades.Sum(t => t.Pnl), fees = trades.Sum(t => t.Fees);
        Assert.Equal(result.FinalEquity - result.InitialCash, pnl, 1e-9 * result.InitialCash);
        Assert.Equal(result.FeesPaid, fees, 1e-9 * result.FeesPaid);
        Assert.Equal(result.FinalEquity, result.GetSimulation().FinalCash);
    }

    [Fact]
    public void ResultMetrics_AreTheMetricsLibrarys()
    {
        var result = BacktestRunner.Run(new BacktestOptions { Parameters = new Dictionary<string, string> { ["direction"] = "long-short" } }, Btc4h.Value);
        var metrics = PerformanceCalculator.Compute(result.GetSimulation().ToPerformanceInput());
        Assert.Equal(metrics, result.GetMetrics());
        Assert.Equal((metrics.SharpeRatio, metrics.MaxDrawdownPct, metrics.WinRatePct, metrics.TradeCount),
            (result.SharpeRatio, result.MaxDrawdownPct, result.WinRatePct, result.ClosedTrades));
        Assert.Equal(result.ClosedTrades + 1, result.Trades);   // stop-and-reverse is always in the market at the end
        Assert.Equal(BuyAndHoldReturn.Pct(Btc4h.Value.Close), result.BuyAndHoldReturnPct);
        var curve = result.GetEquityCurve();
        Assert.Equal(Btc4h.Value.Count, curve.Count);
        Assert.Equal(metrics.MaxDrawdownPct, curve.Max(p => p.DrawdownPct), 9);
    }
}
