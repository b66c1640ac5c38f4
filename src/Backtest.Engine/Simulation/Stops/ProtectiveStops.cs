namespace Backtest.Engine.Simulation;

/// <summary>
/// The exits attached to a position when it opens: a stop-loss (a stop-market order), a take-profit (a limit order)
/// and a trailing stop that follows the best price since entry. Levels are fixed at the entry fill from the fill
/// price (percent), the ATR of the last closed bar (ATR multiple), or given outright (price). All three are
/// checked on every bar from the entry bar on (entries filled at an open) or from the next bar (entries filled
/// later in a bar, whose intrabar order is unknown). When one bar reaches both the stop and the take-profit, the
/// <see cref="IntrabarPolicy"/> decides and the bar is counted as ambiguous.
/// </summary>
public sealed record ProtectiveStops
{
    /// <summary>No stops.</summary>
    public static ProtectiveStops None { get; } = new();

    /// <summary>Stop-loss level, or null.</summary>
    public StopLevel? StopLoss { get; init; }

    /// <summary>Take-profit level, or null.</summary>
    public StopLevel? TakeProfit { get; init; }

    /// <summary>Trailing distance (percent or ATR multiple), or null.</summary>
    public StopLevel? Trailing { get; init; }

    /// <summary>True when no stop is set.</summary>
    public bool IsEmpty => StopLoss is null && TakeProfit is null && Trailing is null;

    /// <summary>Percent stop-loss and take-profit (fractions; null or NaN leaves one out).</summary>
    public static ProtectiveStops Percent(double? stopLoss, double? takeProfit) => new()
    {
        StopLoss = stopLoss is { } sl && !double.IsNaN(sl) ? StopLevel.Percent(sl) : null,
        TakeProfit = takeProfit is { } tp && !double.IsNaN(tp) ? StopLevel.Percent(tp) : null,
    };

    /// <summary>These stops, with each one not set here taken from <paramref name="defaults"/>.</summary>
    public ProtectiveStops Over(ProtectiveStops? defaults) => defaults is null || defaults.IsEmpty ? this : new()
    {
        StopLoss = StopLoss ?? defaults.StopLoss,
        TakeProfit = TakeProfit ?? defaults.TakeProfit,
        Trailing = Trailing ?? defaults.Trailing,
    };

    /// <summary>Throws unless every level is valid.</summary>
    /// <exception cref="Errors.BacktestException">An invalid level (InvalidArgument, naming stop_loss, take_profit or trailing_stop).</exception>
    public void Validate()
    {
        StopLoss?.Validate("stop_loss");
        TakeProfit?.Validate("take_profit");
        Trailing?.Validate("trailing_stop", trailing: true);
    }

    /// <inheritdoc />
    public override string ToString() => IsEmpty ? "none" :
        string.Join(", ", new[] { ("stop-loss", StopLoss), ("take-profit", TakeProfit), ("trailing", Trailing) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1} {p.Item2}"));
}
