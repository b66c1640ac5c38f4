using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies;

/// <summary>
/// What the catalog knows about one strategy: its name, its parameters, and how to build an instance from checked
/// values. Built once per strategy in its <c>&lt;Name&gt;.Catalog.cs</c> and listed in <see cref="StrategyCatalog"/>.
/// </summary>
public sealed class StrategyEntry
{
    private readonly Func<StrategyParameterValues, IStrategy> _create;
    private readonly Action<StrategyParameterValues>? _validate;

    /// <summary>Creates an entry.</summary>
    /// <param name="name">Catalog name, kebab-case (e.g. <c>sma-cross</c>).</param>
    /// <param name="title">Human title.</param>
    /// <param name="description">What the strategy does, in a sentence or two.</param>
    /// <param name="parameters">Parameters in listing order.</param>
    /// <param name="create">Builds an instance from checked values.</param>
    /// <param name="validate">Checks combinations (e.g. fast below slow) after each value passed its own check.</param>
    public StrategyEntry(string name, string title, string description, IReadOnlyList<StrategyParameter> parameters,
        Func<StrategyParameterValues, IStrategy> create, Action<StrategyParameterValues>? validate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        Title = title;
        Description = description;
        Parameters = parameters;
        _create = create;
        _validate = validate;
    }

    /// <summary>Catalog name.</summary>
    public string Name { get; }

    /// <summary>Human title.</summary>
    public string Title { get; }

    /// <summary>What the strategy does.</summary>
    public string Description { get; }

    /// <summary>Parameters in listing order.</summary>
    public IReadOnlyList<StrategyParameter> Parameters { get; }

    /// <summary>Usage line, e.g. <c>sma-cross(fast=10, slow=50, direction=long-only, stop_loss=none, take_profit=none)</c>.</summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters.Select(p => $"{p.Name}={p.DefaultText}"))})";

    /// <summary>
    /// Checks <paramref name="values"/> (names match case-insensitively, ignoring <c>-</c> and <c>_</c>) and fills in
    /// defaults. Values are text, as a command line or a config file gives them.
    /// </summary>
    /// <exception cref="BacktestException">An unknown name (with a did-you-mean), a value out of range, or an inconsistent combination (InvalidArgument naming the parameter).</exception>
    public StrategyParameterValues Resolve(IReadOnlyDictionary<string, string>? values)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in values ?? new Dictionary<string, string>())
        {
            var parameter = Parameters.FirstOrDefault(p => StrategyCatalog.NormalizeName(p.Name) == StrategyCatalog.NormalizeName(name))
                ?? throw new BacktestException(ErrorKind.InvalidArgument,
                    $"{Name} has no parameter '{name}'.{NameSuggestion.Hint(name, Parameters.Select(p => p.Name), StrategyCatalog.NormalizeName)} Its parameters: {Signature}.", name);
            if (!given.TryAdd(parameter.Name, parameter.Check(Name, text ?? "")))
            {
                throw new BacktestException(ErrorKind.InvalidArgument, $"{Name}: parameter '{parameter.Name}' is given twice.", parameter.Name);
            }
        }
        var resolved = new List<KeyValuePair<string, string>>(Parameters.Count);
        foreach (var p in Parameters)
        {
            if (given.TryGetValue(p.Name, out var text)) resolved.Add(new(p.Name, text));
            else if (!p.IsOptional) resolved.Add(new(p.Name, p.Kind == StrategyParameterKind.Choice ? p.Choices[0] : p.Default.ToString("R", CultureInfo.InvariantCulture)));
        }
        var result = new StrategyParameterValues(resolved);
        _validate?.Invoke(result);
        return result;
    }

    /// <summary>A new strategy instance with checked parameters.</summary>
    public IStrategy Create(StrategyParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return _create(values);
    }

    /// <inheritdoc />
    public override string ToString() => Signature;
}
