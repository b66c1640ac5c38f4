namespace Backtest.Engine.Strategies;

public sealed partial class EmaRsiAtr
{
    private const string Yes = "yes", No = "no";

    /// <summary>Catalog entry <c>ema-rsi-atr</c>; its signature lists every parameter with its default.</summary>
    public static StrategyEntry Entry { get; } = new(
        "ema-rsi-atr", "3 EMA + RSI + ATR with a hybrid entry",
        "A long setup is the EMA stack fast > slow > trend with the RSI above rsi_long (short: mirrored, RSI below "
        + "rsi_short). Each new setup is entered through up to five tiers tried in turn until one fills: tier 1 a limit at "
        + "the fast EMA, tier 2 a limit at the last close, tier 5 a breakout stop at the last bar's extreme, tier 3 a VWAP "
        + "over tier3_timeout bars, tier 4 a market order; a lost or reversed setup cancels. Exits: ATR stop-loss, "
        + "take-profit and optional trailing stop, and the opposite setup.",
        [
            StrategyParameter.WholeNumber("ema_fast", "Fast EMA length (bars), below ema_slow", 8, 1, EmaRsiAtrParameters.MaxLength - 2),
            StrategyParameter.WholeNumber("ema_slow", "Slow EMA length (bars), below ema_trend", 21, 2, EmaRsiAtrParameters.MaxLength - 1),
            StrategyParameter.WholeNumber("ema_trend", "Trend EMA length (bars)", 55, 3, EmaRsiAtrParameters.MaxLength),
            StrategyParameter.WholeNumber("rsi_period", "Wilder RSI length (bars)", 14, 1, EmaRsiAtrParameters.MaxLength),
            Real("rsi_long", "A long setup needs the RSI above this", 55, 0, 100, 1),
            Real("rsi_short", "A short setup needs the RSI below this", 45, 0, 100, 1),
            StrategyParameter.WholeNumber("atr_period", "Wilder ATR length (bars) of the stop distances", 14, 2, EmaRsiAtrParameters.MaxLength),
            Real("sl_atr_multiplier", "Stop-loss distance from the entry fill, in ATRs", 1.5, EmaRsiAtrParameters.MinMultiplier, EmaRsiAtrParameters.MaxMultiplier, 0.25),
            Real("tp_atr_multiplier", "Take-profit distance from the entry fill, in ATRs", 3.0, EmaRsiAtrParameters.MinMultiplier, EmaRsiAtrParameters.MaxMultiplier, 0.25),
            StrategyParameter.OptionalReal("trailing_atr_multiplier",
                "Trailing-stop distance from the best price since entry, in ATRs; it takes over from the stop-loss once tighter",
                EmaRsiAtrParameters.MinMultiplier, EmaRsiAtrParameters.MaxMultiplier, 0.25),
            StrategyParameter.Choice("direction", "long-short (shorts on short setups), or long-only", "long-short", "long-only"),
            Switch(EntryTier.EmaTouch, "limit at the fast EMA"),
            Timeout(EntryTier.EmaTouch, "bars the EMA-touch limit stays live", 3),
            Switch(EntryTier.Limit, "limit at the last close"),
            Timeout(EntryTier.Limit, "bars the close limit stays live", 2),
            Switch(EntryTier.Vwap, "VWAP slices"),
            Timeout(EntryTier.Vwap, "bars (one equal slice each) the VWAP order trades over", 3),
            Switch(EntryTier.Market, "market order at the next open"),
            Switch(EntryTier.Breakout, "breakout stop at the last bar's high (low for shorts); tried after tier 2, before tier 3"),
            Timeout(EntryTier.Breakout, "bars the breakout stop stays live", 2),
        ],
        values => new EmaRsiAtr(ParametersFrom(values)),
        values => ParametersFrom(values));

    private static EmaRsiAtrParameters ParametersFrom(StrategyParameterValues values) => new(
        (int)values.Number("ema_fast"), (int)values.Number("ema_slow"), (int)values.Number("ema_trend"),
        (int)values.Number("rsi_period"), values.Number("rsi_long"), values.Number("rsi_short"), (int)values.Number("atr_period"),
        values.Number("sl_atr_multiplier"), values.Number("tp_atr_multiplier"), values.OptionalNumber("trailing_atr_multiplier"),
        values.Text("direction") == "long-only" ? TradeDirection.LongOnly : TradeDirection.LongShort,
        EntryTiers.FallThroughOrder.Select(tier => new EntryTierSetting(tier, values.Text(EntryTiers.EnabledName(tier)) == Yes,
            tier == EntryTier.Market ? 1 : (int)values.Number(EntryTiers.TimeoutName(tier)))));

    private static StrategyParameter Real(string name, string description, double @default, double min, double max, double step) =>
        new() { Name = name, Description = description, Kind = StrategyParameterKind.RealNumber, Default = @default, Min = min, Max = max, Step = step };

    private static StrategyParameter Switch(EntryTier tier, string what) =>
        StrategyParameter.Choice(EntryTiers.EnabledName(tier), $"Tier {(int)tier} ({what}): yes or no", Yes, No);

    private static StrategyParameter Timeout(EntryTier tier, string what, int @default) =>
        StrategyParameter.WholeNumber(EntryTiers.TimeoutName(tier), $"Tier {(int)tier}: {what}", @default, 1, EntryTiers.MaxTimeoutBars);
}
