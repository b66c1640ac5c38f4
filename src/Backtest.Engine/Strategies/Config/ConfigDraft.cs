using Backtest.Engine.Data;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>A strategy parameter as a config gave it, with where it was written.</summary>
/// <param name="Name">The name after aliases (catalog spelling when known).</param>
/// <param name="Text">The value as text.</param>
/// <param name="Line">Line of the value.</param>
/// <param name="Path">Key path as written (e.g. <c>technical_parameters.short_ma</c>).</param>
internal sealed record DraftParameter(string Name, string Text, int Line, string Path);

/// <summary>An optimization range as a config gave it, with where it was written.</summary>
internal sealed record DraftRange(ParameterRange Range, int Line, string Path);

/// <summary>
/// What a shape's binder read, before the catalog checks: the options with every model set, the strategy parameters
/// and optimization ranges with their positions (the catalog checks need them for messages), and the data query.
/// </summary>
internal sealed class ConfigDraft(ConfigShape shape)
{
    public ConfigShape Shape { get; } = shape;

    public BacktestOptions Options { get; set; } = new();

    /// <summary>Line and key path of the strategy's name (for an unknown name).</summary>
    public (int Line, string Path) StrategyAt { get; set; } = (0, "strategy");

    /// <summary>Line and key path of the parameters section (for combination errors such as fast not below slow).</summary>
    public (int Line, string Path) ParametersAt { get; set; } = (0, "parameters");

    public List<DraftParameter> Parameters { get; } = [];

    public List<DraftRange> Optimization { get; } = [];

    public CandleQuery? Data { get; set; }
}
