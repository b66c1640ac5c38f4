using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies;

/// <summary>One entry tier's switch and timeout.</summary>
/// <param name="Tier">Which tier.</param>
/// <param name="Enabled">False skips the tier.</param>
/// <param name="TimeoutBars">
/// Bars the tier's order stays live after it is placed (1 or more); for the VWAP tier, the number of bars (one slice
/// each) it trades over; the market tier's is always 1.
/// </param>
public sealed record EntryTierSetting(EntryTier Tier, bool Enabled, int TimeoutBars);

/// <summary>The fall-through order, tags and defaults of <see cref="EntryTier"/>.</summary>
public static class EntryTiers
{
    /// <summary>The longest timeout a tier may have, in bars.</summary>
    public const int MaxTimeoutBars = 1_000;

    /// <summary>Tiers in the order they are tried: EMA touch, limit, breakout, VWAP, market (1 → 2 → 5 → 3 → 4).</summary>
    public static IReadOnlyList<EntryTier> FallThroughOrder { get; } =
        [EntryTier.EmaTouch, EntryTier.Limit, EntryTier.Breakout, EntryTier.Vwap, EntryTier.Market];

    /// <summary>The default settings, in <see cref="FallThroughOrder"/>: every tier on; timeouts 3, 2, 2, 3 (VWAP slices) and 1 (market).</summary>
    public static IReadOnlyList<EntryTierSetting> Defaults { get; } =
    [
        new(EntryTier.EmaTouch, true, 3),
        new(EntryTier.Limit, true, 2),
        new(EntryTier.Breakout, true, 2),
        new(EntryTier.Vwap, true, 3),
        new(EntryTier.Market, true, 1),
    ];

    /// <summary>The tag a tier's orders carry to <see cref="Simulation.Trade.EntryTag"/>: <c>tier1-ema-touch</c>, <c>tier2-limit</c>, <c>tier3-vwap</c>, <c>tier4-market</c>, <c>tier5-breakout</c>.</summary>
    public static string Tag(EntryTier tier) => tier switch
    {
        EntryTier.EmaTouch => "tier1-ema-touch",
        EntryTier.Limit => "tier2-limit",
        EntryTier.Vwap => "tier3-vwap",
        EntryTier.Market => "tier4-market",
        EntryTier.Breakout => "tier5-breakout",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown entry tier."),
    };

    /// <summary>The catalog name of a tier's switch, e.g. <c>tier1_enabled</c>.</summary>
    public static string EnabledName(EntryTier tier) => string.Create(CultureInfo.InvariantCulture, $"tier{(int)tier}_enabled");

    /// <summary>The catalog name of a tier's timeout, e.g. <c>tier1_timeout</c> (the market tier has none).</summary>
    public static string TimeoutName(EntryTier tier) => string.Create(CultureInfo.InvariantCulture, $"tier{(int)tier}_timeout");

    /// <summary>
    /// <paramref name="given"/> completed with <see cref="Defaults"/> for the tiers it leaves out, in <see cref="FallThroughOrder"/>.
    /// </summary>
    /// <exception cref="BacktestException">An unknown or repeated tier, a timeout out of range, or no tier enabled (InvalidArgument naming the parameter).</exception>
    internal static EntryTierSetting[] Complete(IEnumerable<EntryTierSetting>? given, string strategy)
    {
        var settings = Defaults.ToArray();
        var seen = new HashSet<EntryTier>();
        foreach (var setting in given ?? [])
        {
            ArgumentNullException.ThrowIfNull(setting);
            int slot = Array.FindIndex(settings, s => s.Tier == setting.Tier);
            if (slot < 0) throw Invalid(strategy, "tiers", $"unknown entry tier {(int)setting.Tier}");
            if (!seen.Add(setting.Tier)) throw Invalid(strategy, EnabledName(setting.Tier), $"tier {(int)setting.Tier} is given twice");
            int timeout = setting.Tier == EntryTier.Market ? 1 : setting.TimeoutBars;
            if (timeout is < 1 or > MaxTimeoutBars)
            {
                throw Invalid(strategy, TimeoutName(setting.Tier), $"must be an integer from 1 to {MaxTimeoutBars} bars; got {setting.TimeoutBars}");
            }
            settings[slot] = setting with { TimeoutBars = timeout };
        }
        if (!settings.Any(s => s.Enabled)) throw Invalid(strategy, EnabledName(EntryTier.EmaTouch), "at least one entry tier must be enabled; all five are off");
        return settings;
    }

    private static BacktestException Invalid(string strategy, string name, string what) =>
        new(ErrorKind.InvalidArgument, $"{strategy}: parameter '{name}' {what}.", name);
}
