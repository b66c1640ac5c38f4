namespace Backtest.Engine.Strategies.Config;

/// <summary>Which layout a config file was written in (recognised from its keys; see docs/config.md).</summary>
public enum ConfigShape
{
    /// <summary>
    /// The documented schema: <c>strategy</c>, <c>parameters</c>, <c>risk_management</c>, <c>portfolio</c>,
    /// <c>futures</c>, <c>data</c>, <c>execution</c>, <c>optimization</c> (YAML or JSON).
    /// </summary>
    Canonical = 0,

    /// <summary>
    /// The canonical schema with strategy parameters as indicator blocks, e.g. <c>indicators.sma_short.period</c>
    /// (the first seed project's YAML).
    /// </summary>
    IndicatorBlocks = 1,

    /// <summary>
    /// <c>strategy_name</c>/<c>strategy_class</c>, <c>technical_parameters</c>, <c>risk_management</c>,
    /// <c>portfolio_parameters</c> and <c>optimization_ranges</c> (the fifth seed project's JSON).
    /// </summary>
    StrategyClass = 2,

    /// <summary>A <see cref="Simulation.BacktestOptions"/> document in camelCase JSON, as a manifest's <c>options</c> reads.</summary>
    OptionsJson = 3,

    /// <summary>A whole run <c>manifest.json</c>; its options are taken.</summary>
    Manifest = 4,
}
