using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>risk_management</c>: the engine's protective stops for every entry (under the strategy's own) —
/// <c>stop_loss</c>, <c>take_profit</c>, <c>trailing_stop</c> in the forms of <see cref="StopLevelText"/> — and
/// <c>atr_period</c>, the Wilder ATR length for ATR stops and ATR slippage.
/// </summary>
internal static class RiskManagementSection
{
    public static BacktestOptions Apply(ConfigSection section, BacktestOptions options)
    {
        var stops = new ProtectiveStops
        {
            StopLoss = Level(section, "stop_loss", trailing: false),
            TakeProfit = Level(section, "take_profit", trailing: false),
            Trailing = Level(section, "trailing_stop", trailing: true),
        };
        return options with
        {
            Stops = stops.IsEmpty ? options.Stops : stops,
            AtrPeriod = section.Integer("atr_period", 1, 10_000) ?? options.AtrPeriod,
        };
    }

    private static StopLevel? Level(ConfigSection section, string key, bool trailing) =>
        section.Get(key) is { } node ? section.Source.Parse(node, section.KeyPath(key), text => StopLevelText.Parse(text, key, trailing)) : null;
}
