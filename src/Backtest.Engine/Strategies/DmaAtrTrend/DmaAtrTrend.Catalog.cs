using Backtest.Engine.Indicators;

namespace Backtest.Engine.Strategies;

public sealed partial class DmaAtrTrend
{
    /// <summary>
    /// Catalog entry: <c>dma-atr-trend(ma_type=sma, short_window=10, long_window=30, trend_window=100, atr_period=14,
    /// sl_atr_multiplier=2, tp_atr_multiplier=4, adx_period=14, adx_threshold=none, direction=long-short)</c>.
    /// </summary>
    public static StrategyEntry Entry { get; } = new(
        "dma-atr-trend", "Dual moving average + ATR trend",
        "Enters long when the short MA crosses above the long MA with the close above the trend MA (short: the mirror), "
        + "optionally only when ADX >= adx_threshold; a cross that does not qualify exits the opposite position. "
        + "Every entry carries a stop-loss and a take-profit at sl/tp_atr_multiplier x ATR from the fill.",
        DmaAtrTrendParameters.All,
        values => new DmaAtrTrend(ParametersFrom(values)),
        values => ParametersFrom(values));

    private static DmaAtrTrendParameters ParametersFrom(StrategyParameterValues values) => new(
        Enum.Parse<MovingAverageType>(values.Text("ma_type"), ignoreCase: true),
        (int)values.Number("short_window"), (int)values.Number("long_window"), (int)values.Number("trend_window"),
        (int)values.Number("atr_period"), values.Number("sl_atr_multiplier"), values.Number("tp_atr_multiplier"),
        (int)values.Number("adx_period"), values.OptionalNumber("adx_threshold"),
        values.Text("direction") == "long-only" ? TradeDirection.LongOnly : TradeDirection.LongShort);
}
