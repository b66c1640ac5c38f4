using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies;

/// <summary>Checked parameters of <see cref="EmaRsiAtr"/> (catalog names in brackets).</summary>
public sealed record EmaRsiAtrParameters
{
    /// <summary>Creates validated parameters.</summary>
    /// <param name="emaFast">[ema_fast] Fast EMA length; below <paramref name="emaSlow"/>.</param>
    /// <param name="emaSlow">[ema_slow] Slow EMA length; below <paramref name="emaTrend"/>.</param>
    /// <param name="emaTrend">[ema_trend] Trend EMA length (at most 10,000).</param>
    /// <param name="rsiPeriod">[rsi_period] Wilder RSI length.</param>
    /// <param name="rsiLong">[rsi_long] A long setup needs the RSI above this (0 to 100).</param>
    /// <param name="rsiShort">[rsi_short] A short setup needs the RSI below this (0 to 100).</param>
    /// <param name="atrPeriod">[atr_period] Wilder ATR length of the stop distances.</param>
    /// <param name="slAtrMultiplier">[sl_atr_multiplier] Stop-loss distance from the entry fill, in ATRs.</param>
    /// <param name="tpAtrMultiplier">[tp_atr_multiplier] Take-profit distance from the entry fill, in ATRs.</param>
    /// <param name="trailingAtrMultiplier">[trailing_atr_multiplier] Trailing-stop distance from the best price since entry, in ATRs; null for none.</param>
    /// <param name="direction">[direction] Long-short (default) or long-only.</param>
    /// <param name="tiers">[tierN_enabled, tierN_timeout] Entry tier settings; tiers left out keep <see cref="EntryTiers.Defaults"/>.</param>
    /// <exception cref="BacktestException">A value out of range or an inconsistent combination (InvalidArgument naming the parameter).</exception>
    public EmaRsiAtrParameters(
        int emaFast = 8, int emaSlow = 21, int emaTrend = 55, int rsiPeriod = 14, double rsiLong = 55, double rsiShort = 45,
        int atrPeriod = 14, double slAtrMultiplier = 1.5, double tpAtrMultiplier = 3.0, double? trailingAtrMultiplier = null,
        TradeDirection direction = TradeDirection.LongShort, IEnumerable<EntryTierSetting>? tiers = null)
    {
        Check("ema_fast", emaFast, 1, MaxLength - 2);
        Check("ema_slow", emaSlow, 2, MaxLength - 1);
        Check("ema_trend", emaTrend, 3, MaxLength);
        if (!(emaFast < emaSlow && emaSlow < emaTrend))
        {
            throw Invalid("ema_fast", $"the EMA lengths must rise fast < slow < trend; got ema_fast={emaFast}, ema_slow={emaSlow}, ema_trend={emaTrend}.");
        }
        Check("rsi_period", rsiPeriod, 1, MaxLength);
        Check("rsi_long", rsiLong, 0, 100);
        Check("rsi_short", rsiShort, 0, 100);
        Check("atr_period", atrPeriod, 2, MaxLength);
        Check("sl_atr_multiplier", slAtrMultiplier, MinMultiplier, MaxMultiplier);
        Check("tp_atr_multiplier", tpAtrMultiplier, MinMultiplier, MaxMultiplier);
        if (trailingAtrMultiplier is { } trailing) Check("trailing_atr_multiplier", trailing, MinMultiplier, MaxMultiplier);
        if (!Enum.IsDefined(direction)) throw Invalid("direction", $"unknown direction {(int)direction}.");
        (EmaFast, EmaSlow, EmaTrend, RsiPeriod, RsiLong, RsiShort) = (emaFast, emaSlow, emaTrend, rsiPeriod, rsiLong, rsiShort);
        (AtrPeriod, SlAtrMultiplier, TpAtrMultiplier, TrailingAtrMultiplier, Direction) = (atrPeriod, slAtrMultiplier, tpAtrMultiplier, trailingAtrMultiplier, direction);
        Tiers = EntryTiers.Complete(tiers, EmaRsiAtr.Entry.Name);
    }

    /// <summary>The longest EMA, RSI or ATR length.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The smallest stop, take-profit or trailing multiplier (ATRs).</summary>
    public const double MinMultiplier = 0.1;

    /// <summary>The largest stop, take-profit or trailing multiplier (ATRs).</summary>
    public const double MaxMultiplier = 100;

    /// <summary>Fast EMA length.</summary>
    public int EmaFast { get; }

    /// <summary>Slow EMA length.</summary>
    public int EmaSlow { get; }

    /// <summary>Trend EMA length.</summary>
    public int EmaTrend { get; }

    /// <summary>RSI length.</summary>
    public int RsiPeriod { get; }

    /// <summary>RSI level a long setup must exceed.</summary>
    public double RsiLong { get; }

    /// <summary>RSI level a short setup must be under.</summary>
    public double RsiShort { get; }

    /// <summary>ATR length.</summary>
    public int AtrPeriod { get; }

    /// <summary>Stop-loss distance in ATRs.</summary>
    public double SlAtrMultiplier { get; }

    /// <summary>Take-profit distance in ATRs.</summary>
    public double TpAtrMultiplier { get; }

    /// <summary>Trailing distance in ATRs, or null.</summary>
    public double? TrailingAtrMultiplier { get; }

    /// <summary>Long-short or long-only.</summary>
    public TradeDirection Direction { get; }

    /// <summary>Every tier's setting, in <see cref="EntryTiers.FallThroughOrder"/>.</summary>
    public IReadOnlyList<EntryTierSetting> Tiers { get; }

    private static void Check(string name, double value, double min, double max)
    {
        if (!(value >= min && value <= max)) throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' must be from {min} to {max}; got {value}."));
    }

    private static BacktestException Invalid(string name, string message) =>
        new(ErrorKind.InvalidArgument, $"{EmaRsiAtr.Entry.Name}: {message}", name);
}
