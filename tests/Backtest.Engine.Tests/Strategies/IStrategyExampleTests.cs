using Backtest.Engine.Data.Csv;
using Backtest.Engine.Indicators;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Tests.Strategies;

/// <summary>The strategy written in <see cref="IStrategy"/>'s documentation compiles and trades as it says.</summary>
public class IStrategyExampleTests
{
    private sealed class BuyTheDip : IStrategy
    {
        private static readonly ProtectiveStops Stops = ProtectiveStops.Percent(0.05, 0.10);
        private double[] _rsi = [];

        public string Name => "buy-the-dip";

        public void Initialize(StrategyContext context) => _rsi = Rsi.Series(context.Candles.Close, 14);

        public void OnBar(in BarState state, OrderIntents orders)
        {
            double rsi = _rsi[state.Index];
            if (state.Position == 0 && rsi < 30) orders.EnterLong(Stops);
            else if (state.Position > 0 && rsi > 70) orders.Exit();
        }
    }

    [Fact]
    public void DocumentedStrategy_EntersAfterAnOversoldCloseAndExitsByItsRules()
    {
        var candles = CsvCandleReader.Read(SharedData.Path("binance/spot/BTCUSDT-1d.csv"));
        var result = Simulator.Run(candles, new BuyTheDip(), SimulationOptions.Default);
        var rsi = Rsi.Series(candles.Close, 14);
        var trades = result.GetTrades();
        Assert.True(trades.Count >= 5);
        Assert.All(trades, t => Assert.True(rsi[t.EntryBar - 1] < 30, $"entry at bar {t.EntryBar} without an oversold close before it"));
        Assert.All(trades.Where(t => !t.IsOpen), t => Assert.Contains(t.ExitReason, new[] { ExitReason.Signal, ExitReason.StopLoss, ExitReason.TakeProfit }));
        Assert.Contains(trades, t => t.ExitReason == ExitReason.StopLoss);
    }
}
