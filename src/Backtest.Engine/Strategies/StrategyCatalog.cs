using Backtest.Engine.Errors;


namespace Backtest.Engine.Strategies;

/// <summary>
/// Every built-in strategy, for the CLI, the cmdlet's completer, help and (later) the optimizer. Names match
/// case-insensitively and ignore <c>-</c>, <c>_</c> and spaces (<c>SmaCross</c> finds <c>sma-cross</c>).
/// Adding a strategy = its folder plus one line in <see cref="All"/>.
/// </summary>
public static class StrategyCatalog
{
    /// <summary>All entries, in listing order.</summary>
    public static IReadOnlyList<StrategyEntry> All { get; } =
    [
        SmaCross.Entry,
        DmaAtrTrend.Entry,
        EmaRsiAtr.Entry,
        RsiEmaMacd.Entry,
        BandReversion.Entry,
    ];

    /// <summary>The lookup key of a name: lower-case, without <c>-</c>, <c>_</c> or spaces.</summary>
    public static string NormalizeName(string name) => Indicators.IndicatorCatalog.NormalizeName(name);

    /// <summary>Finds an entry by name.</summary>
    public static bool TryFind(string name, out StrategyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(name);
        string key = NormalizeName(name);
        entry = All.FirstOrDefault(e => NormalizeName(e.Name) == key)!;
        return entry is not null;
    }

    /// <summary>Finds an entry by name.</summary>
    /// <exception cref="BacktestException">Unknown name (InvalidArgument); the message suggests the closest name and lists them all.</exception>
    public static StrategyEntry Find(string name)
    {
        if (TryFind(name, out var entry)) return entry;
        throw new BacktestException(ErrorKind.InvalidArgument,
            $"Unknown strategy '{name}'.{NameSuggestion.Hint(name, All.Select(e => e.Name), NormalizeName)} Known strategies: {string.Join(", ", All.Select(e => e.Name))}.",
            "strategy");
    }
}
