namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The seed layouts' names for strategies and parameters, mapped onto the catalog's (docs/config.md lists them).
/// Names compare ignoring case, <c>-</c>, <c>_</c> and spaces; a name not in a table passes through unchanged, so the
/// catalog's own names always work and anything else meets the catalog's did-you-mean.
/// </summary>
internal static class ParameterAliases
{
    private static readonly (string Strategy, string[] Aliases)[] Strategies =
    [
        ("sma-cross", ["SmaCross", "SmaCrossover", "SmaCrossStrategy", "MovingAverageCrossover", "MaCrossover", "SimpleMovingAverageCrossover"]),
        ("dma-atr-trend", ["DualMovingAverageATR", "DualMovingAverageAtrStrategy", "DualMovingAverageAtrTrend", "DualMovingAverage", "DmaAtr", "DmaAtrTrend", "DmaAtrTrendStrategy"]),
        ("rsi-ema-macd", ["RsiEmaMacd", "RsiEmaMacdStrategy", "RsiEmaMacdConfluence"]),
        ("ema-rsi-atr", ["EmaRsiAtr", "EmaRsiAtrStrategy", "EmaRsiAtrTiered"]),
        ("band-reversion", ["BandReversion", "BandReversionStrategy", "PolynomialBandReversion", "PolynomialBands", "PolyBands"]),
    ];

    private static readonly (string Strategy, string Parameter, string[] Aliases)[] Parameters =
    [
        ("sma-cross", "fast", ["short_period", "short_window", "short_ma", "fast_period", "fast_window", "sma_short", "short_sma", "sma_fast", "fast_sma", "short"]),
        ("sma-cross", "slow", ["long_period", "long_window", "long_ma", "slow_period", "slow_window", "sma_long", "long_sma", "sma_slow", "slow_sma", "long"]),
        ("dma-atr-trend", "short_window", ["short_period", "short_ma", "short_ma_period", "fast_period", "fast_window", "fast", "ma_short", "sma_short", "ema_short", "short"]),
        ("dma-atr-trend", "long_window", ["long_period", "long_ma", "long_ma_period", "slow_period", "slow_window", "slow", "ma_long", "sma_long", "ema_long", "long"]),
        ("dma-atr-trend", "trend_window", ["trend_period", "trend_ma", "trend_ma_period", "ma_trend", "trend"]),
        ("dma-atr-trend", "ma_type", ["ma", "ma_kind", "moving_average_type", "moving_average"]),
        ("dma-atr-trend", "atr_period", ["atr_window", "atr_length", "atr"]),
        ("dma-atr-trend", "sl_atr_multiplier", ["atr_multiplier", "stop_loss_atr", "sl_atr", "atr_sl_multiplier", "stop_atr_multiplier", "atr_stop_multiplier", "stop_loss_atr_multiplier"]),
        ("dma-atr-trend", "tp_atr_multiplier", ["take_profit_atr", "tp_atr", "atr_tp_multiplier", "atr_take_profit_multiplier", "take_profit_atr_multiplier"]),
        ("dma-atr-trend", "adx_period", ["adx_window", "adx_length", "adx"]),
        ("dma-atr-trend", "adx_threshold", ["adx_min", "min_adx", "adx_level"]),
        ("rsi-ema-macd", "rsi_period", ["rsi", "rsi_window", "rsi_length"]),
        ("rsi-ema-macd", "sl_atr_multiplier", ["atr_multiplier", "stop_loss_atr", "sl_atr"]),
        ("rsi-ema-macd", "tp_atr_multiplier", ["take_profit_atr", "tp_atr"]),
        ("ema-rsi-atr", "rsi_period", ["rsi", "rsi_window", "rsi_length"]),
        ("ema-rsi-atr", "sl_atr_multiplier", ["atr_multiplier", "stop_loss_atr", "sl_atr"]),
        ("ema-rsi-atr", "tp_atr_multiplier", ["take_profit_atr", "tp_atr"]),
        ("band-reversion", "lookback", ["window", "period", "lookback_period", "days"]),
        ("band-reversion", "std_devs", ["k_std", "kstd", "std", "num_std", "std_dev"]),
    ];

    /// <summary>The catalog name for a strategy (class) name from a seed file, or null when no table row matches.</summary>
    public static string? Strategy(string name)
    {
        string key = Key(name);
        foreach (var (strategy, aliases) in Strategies)
        {
            if (Key(strategy) == key || aliases.Any(a => Key(a) == key)) return strategy;
        }
        return StrategyCatalog.TryFind(name, out var entry) ? entry.Name : null;
    }

    /// <summary>The catalog parameter name an alias stands for under <paramref name="strategy"/>, else <paramref name="name"/>.</summary>
    public static string Parameter(string strategy, string name)
    {
        string s = StrategyCatalog.NormalizeName(strategy), key = StrategyCatalog.NormalizeName(name);
        foreach (var (owner, parameter, aliases) in Parameters)
        {
            if (StrategyCatalog.NormalizeName(owner) == s && aliases.Any(a => StrategyCatalog.NormalizeName(a) == key)) return parameter;
        }
        return name;
    }

    // Class names often end in "Strategy"; "DualMovingAverageATRStrategy" and "DualMovingAverageATR" are one.
    private static string Key(string name)
    {
        string key = StrategyCatalog.NormalizeName(name);
        return key.EndsWith("strategy", StringComparison.Ordinal) && key.Length > 8 ? key[..^8] : key;
    }
}
