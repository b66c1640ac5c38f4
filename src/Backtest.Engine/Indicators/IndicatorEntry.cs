using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// What the catalog knows about one indicator: names, inputs, parameters in positional order, outputs, and
/// how to compute it in batch or open a stream over it. Built once per indicator in its
/// <c>&lt;Name&gt;.Catalog.cs</c> and listed in <see cref="IndicatorCatalog"/>.
/// </summary>
public sealed class IndicatorEntry
{
    private readonly Func<CandleSeries, ParameterValues, double[][]> _compute;
    private readonly Func<ParameterValues, IIndicatorStream> _createStream;
    private readonly Action<ParameterValues>? _validate;

    /// <summary>Creates an entry.</summary>
    /// <param name="name">Catalog name, PascalCase (e.g. <c>StochRsi</c>); also the CLI column prefix.</param>
    /// <param name="title">Human title (e.g. <c>Stochastic RSI</c>).</param>
    /// <param name="inputs">Candle columns read.</param>
    /// <param name="parameters">Parameters in positional order.</param>
    /// <param name="outputs">Output names, in the order <paramref name="compute"/> returns columns and streams write them.</param>
    /// <param name="compute">Batch computation: one column per output.</param>
    /// <param name="createStream">Stream factory.</param>
    /// <param name="aliases">Other accepted names (e.g. <c>BB</c>); matched like the name.</param>
    /// <param name="validate">
    /// Checks that span parameters (e.g. MACD's slow &gt; fast), run after each value passed its own range check;
    /// typically constructs the indicator's parameter record and lets it throw.
    /// </param>
    public IndicatorEntry(
        string name, string title, IndicatorInputs inputs, IReadOnlyList<IndicatorParameter> parameters, IReadOnlyList<string> outputs,
        Func<CandleSeries, ParameterValues, double[][]> compute, Func<ParameterValues, IIndicatorStream> createStream,
        IReadOnlyList<string>? aliases = null, Action<ParameterValues>? validate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(createStream);
        if (outputs.Count == 0) throw new ArgumentException("An indicator has at least one output.", nameof(outputs));
        Name = name;
        Title = title;
        Inputs = inputs;
        Parameters = parameters;
        Outputs = outputs;
        Aliases = aliases ?? [];
        _compute = compute;
        _createStream = createStream;
        _validate = validate;
    }

    /// <summary>Catalog name, PascalCase; CLI columns are <c>&lt;Name&gt;.&lt;Output&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>Human title.</summary>
    public string Title { get; }

    /// <summary>Candle columns the indicator reads.</summary>
    public IndicatorInputs Inputs { get; }

    /// <summary>Parameters in positional order.</summary>
    public IReadOnlyList<IndicatorParameter> Parameters { get; }

    /// <summary>Output names in column order.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>Other accepted names.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Usage line, e.g. <c>Macd(fastPeriods=12, slowPeriods=26, signalPeriods=9)</c>.</summary>
    public string Signature => string.Create(CultureInfo.InvariantCulture,
        $"{Name}({string.Join(", ", Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Default}")))})");

    /// <summary>
    /// Fills omitted trailing parameters with their defaults and checks every value.
    /// </summary>
    /// <param name="values">Positional values, possibly fewer than <see cref="Parameters"/>; null means all defaults.</param>
    /// <exception cref="BacktestException">Too many values, one out of range, or an inconsistent combination (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public ParameterValues Resolve(IReadOnlyList<double>? values)
    {
        int given = values?.Count ?? 0;
        if (given > Parameters.Count)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{Name} takes at most {Parameters.Count} parameter(s), {Signature}; got {given}.", Name);
        }
        var resolved = new double[Parameters.Count];
        for (int i = 0; i < resolved.Length; i++)
        {
            resolved[i] = Parameters[i].Check(i < given ? values![i] : Parameters[i].Default);
        }
        var result = new ParameterValues(resolved);
        _validate?.Invoke(result);
        return result;
    }

    /// <summary>Computes the indicator over <paramref name="series"/>.</summary>
    /// <param name="series">The candles.</param>
    /// <param name="parameters">Positional parameters; omitted trailing ones take their defaults.</param>
    /// <exception cref="BacktestException">Bad parameters (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public IndicatorResult Compute(CandleSeries series, IReadOnlyList<double>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var resolved = Resolve(parameters);
        return new IndicatorResult(Name, resolved.ToArray(), Outputs, _compute(series, resolved));
    }

    /// <summary>Opens a stream over the indicator.</summary>
    /// <param name="parameters">Positional parameters; omitted trailing ones take their defaults.</param>
    /// <exception cref="BacktestException">Bad parameters (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public IIndicatorStream CreateStream(IReadOnlyList<double>? parameters = null) => _createStream(Resolve(parameters));

    /// <inheritdoc />
    public override string ToString() => $"{Signature} -> {string.Join(", ", Outputs)}";
}
