using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>The built-in sizing models by name, as options records, command lines and manifests carry them.</summary>
public enum SizingKind
{
    /// <summary><see cref="AllInSizing"/> with fractional units (<c>all-in</c>, the default).</summary>
    AllIn = 0,

    /// <summary><see cref="AllInSizing"/> rounded down to whole units (<c>all-in-whole</c>, backtesting.py).</summary>
    AllInWhole = 1,

    /// <summary><see cref="FixedQuantitySizing"/> (<c>fixed:Q</c>).</summary>
    Fixed = 2,

    /// <summary><see cref="FixedNotionalSizing"/> (<c>notional:AMOUNT</c>).</summary>
    Notional = 3,

    /// <summary><see cref="PercentOfEquitySizing"/> (<c>equity:FRACTION</c>).</summary>
    PercentOfEquity = 4,

    /// <summary><see cref="RiskPercentSizing"/> (<c>risk:FRACTION</c>).</summary>
    RiskPercent = 5,
}

/// <summary>
/// A built-in sizing model in data form. Text form: <c>all-in</c>, <c>all-in-whole</c>, <c>fixed:2</c>,
/// <c>notional:1000</c>, <c>equity:0.5</c>, <c>risk:0.01</c>.
/// </summary>
/// <param name="Kind">Which model.</param>
/// <param name="Value">Its number (quantity, amount or fraction); NaN for the all-in kinds.</param>
public sealed record SizingSpec(SizingKind Kind, double Value = double.NaN)
{
    private static readonly (SizingKind Kind, string Name)[] Names =
        [(SizingKind.AllIn, "all-in"), (SizingKind.AllInWhole, "all-in-whole"), (SizingKind.Fixed, "fixed"),
         (SizingKind.Notional, "notional"), (SizingKind.PercentOfEquity, "equity"), (SizingKind.RiskPercent, "risk")];

    /// <summary>All-in with fractional units (the default).</summary>
    public static SizingSpec AllIn { get; } = new(SizingKind.AllIn);

    /// <summary>The text names, for completers and help.</summary>
    public static IReadOnlyList<string> KindNames { get; } = Array.ConvertAll(Names, n => n.Name);

    /// <summary>True when quantities must be whole units.</summary>
    public bool WholeUnits => Kind == SizingKind.AllInWhole;

    /// <summary>Parses the text form.</summary>
    /// <exception cref="BacktestException">Unknown kind or a missing or bad number (InvalidArgument naming sizing).</exception>
    public static SizingSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Trim().Split(':', 2);
        string name = parts[0].Trim().ToLowerInvariant();
        var kind = Names.FirstOrDefault(n => n.Name == name);
        if (kind.Name is null) throw Invalid($"unknown sizing '{text}'; expected one of {string.Join(", ", KindNames)} (fixed:Q, notional:AMOUNT, equity:FRACTION, risk:FRACTION)");
        bool needsValue = kind.Kind is not (SizingKind.AllIn or SizingKind.AllInWhole);
        if (needsValue != (parts.Length == 2)) throw Invalid(needsValue ? $"'{name}' needs a number, e.g. {name}:1" : $"'{name}' takes no number");
        double value = double.NaN;
        if (needsValue && !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out value)) throw Invalid($"'{parts[1]}' is not a number");
        var spec = new SizingSpec(kind.Kind, value);
        _ = spec.ToModel();
        return spec;
    }

    /// <summary>The model this spec names.</summary>
    /// <exception cref="BacktestException">A value out of the model's range.</exception>
    public ISizingModel ToModel() => Kind switch
    {
        SizingKind.AllIn or SizingKind.AllInWhole => AllInSizing.Instance,
        SizingKind.Fixed => new FixedQuantitySizing(Value),
        SizingKind.Notional => new FixedNotionalSizing(Value),
        SizingKind.PercentOfEquity => new PercentOfEquitySizing(Value),
        SizingKind.RiskPercent => new RiskPercentSizing(Value),
        _ => throw Invalid($"unknown sizing kind {(int)Kind}"),
    };

    /// <inheritdoc />
    public override string ToString()
    {
        string name = Names.First(n => n.Kind == Kind).Name;
        return double.IsNaN(Value) ? name : string.Create(CultureInfo.InvariantCulture, $"{name}:{Value:R}");
    }

    private static BacktestException Invalid(string what) => new(ErrorKind.InvalidArgument, $"Sizing: {what}.", "sizing");
}
