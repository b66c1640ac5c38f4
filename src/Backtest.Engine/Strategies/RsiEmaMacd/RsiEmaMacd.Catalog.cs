namespace Backtest.Engine.Strategies;

public sealed partial class RsiEmaMacd
{
    /// <summary>
    /// Catalog entry: <c>rsi-ema-macd(rsi_period=14, rsi_oversold=30, rsi_overbought=70, ema_fast=12, ema_slow=26,
    /// macd_fast=12, macd_slow=26, macd_signal=9, min_confidence=0.6, atr_period=14, sl_atr_multiplier=2,
    /// tp_atr_multiplier=3, direction=long-short)</c>.
    /// </summary>
    public static StrategyEntry Entry { get; } = new(
        "rsi-ema-macd", "RSI + EMA + MACD confidence",
        "Scores each side from three components - trend (fast EMA vs slow EMA, 0.40), momentum (MACD vs its signal, 0.35) "
        + "and RSI zone or oversold/overbought exit (0.25) - and enters when a side's confidence reaches min_confidence, "
        + "with a stop-loss and a take-profit at sl/tp_atr_multiplier x ATR; the opposite signal reverses (long-short) or exits (long-only).",
        RsiEmaMacdParameters.All,
        values => new RsiEmaMacd(ParametersFrom(values)),
        values => ParametersFrom(values));

    private static RsiEmaMacdParameters ParametersFrom(StrategyParameterValues values) => new(
        (int)values.Number("rsi_period"), values.Number("rsi_oversold"), values.Number("rsi_overbought"),
        (int)values.Number("ema_fast"), (int)values.Number("ema_slow"),
        (int)values.Number("macd_fast"), (int)values.Number("macd_slow"), (int)values.Number("macd_signal"),
        values.Number("min_confidence"), (int)values.Number("atr_period"),
        values.Number("sl_atr_multiplier"), values.Number("tp_atr_multiplier"),
        values.Text("direction") == "long-only" ? TradeDirection.LongOnly : TradeDirection.LongShort);
}
