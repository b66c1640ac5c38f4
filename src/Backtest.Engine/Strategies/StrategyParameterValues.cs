using System.Globalization;

namespace Backtest.Engine.Strategies;

/// <summary>
/// A catalogued strategy's parameters after <see cref="StrategyEntry.Resolve"/>: every value checked, defaults
/// filled in, in catalog order, as canonical text (numbers in invariant round-trip form). Optional parameters left
/// out are absent. <see cref="ToString"/> is the text results and manifests carry: <c>fast=10;slow=50;direction=long-only</c>.
/// </summary>
public sealed class StrategyParameterValues
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _values;

    internal StrategyParameterValues(IReadOnlyList<KeyValuePair<string, string>> values) => _values = values;

    /// <summary>Name–value pairs in catalog order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values => _values;

    /// <summary>True when <paramref name="name"/> has a value.</summary>
    public bool Has(string name) => _values.Any(p => p.Key == name);

    /// <summary>The text value of <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such value.</exception>
    public string Text(string name) => _values.First(p => p.Key == name).Value;

    /// <summary>The number value of <paramref name="name"/>.</summary>
    public double Number(string name) => double.Parse(Text(name), CultureInfo.InvariantCulture);

    /// <summary>The number value of <paramref name="name"/>, or null when the optional parameter was left out.</summary>
    public double? OptionalNumber(string name) => Has(name) ? Number(name) : null;

    /// <summary>The values as a dictionary (for manifests and re-runs).</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => _values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => string.Join(';', _values.Select(p => $"{p.Key}={p.Value}"));
}
