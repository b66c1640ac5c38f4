namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// Binds the canonical schema (and the seed layout that gives strategy parameters as <c>indicators</c> blocks) onto a
/// <see cref="ConfigDraft"/>: each section by its own reader.
/// </summary>
internal static class CanonicalBinder
{
    public static ConfigDraft Bind(ConfigMap map, ConfigSource source)
    {
        var top = new ConfigSection(source, map, "", CanonicalSchema.TopLevel, CanonicalSchema.SectionOf);
        var draft = new ConfigDraft(top.Has("indicators") ? ConfigShape.IndicatorBlocks : ConfigShape.Canonical);
        _ = top.Text("description");
        if (top.Get("strategy") is { } strategy)
        {
            draft.Options = draft.Options with { Strategy = source.Text(strategy, "strategy") };
            draft.StrategyAt = (strategy.Line, "strategy");
        }
        string name = draft.Options.Strategy;
        if (top.Get("parameters") is { } parameters) ParametersSection.Read(source, parameters, "parameters", name, draft);
        if (top.Get("indicators") is { } indicators) IndicatorBlocksSection.Read(source, indicators, name, draft);
        ReadShared(top, draft, "optimization");
        return draft;
    }

    /// <summary>The sections the canonical schema shares with the strategy-class seed layout.</summary>
    public static void ReadShared(ConfigSection top, ConfigDraft draft, string? optimizationKey)
    {
        var source = top.Source;
        if (top.Section("risk_management", CanonicalSchema.RiskManagement) is { } risk) draft.Options = RiskManagementSection.Apply(risk, draft.Options);
        if (top.Section("portfolio", CanonicalSchema.Portfolio) is { } portfolio) draft.Options = PortfolioSection.Apply(portfolio, draft.Options);
        if (top.Section("futures", CanonicalSchema.Futures) is { } futures) draft.Options = draft.Options with { Futures = FuturesSection.Read(futures) };
        if (top.Section("execution", CanonicalSchema.Execution) is { } execution) draft.Options = ExecutionSection.Apply(execution, draft.Options);
        if (top.Section("data", CanonicalSchema.Data) is { } data)
        {
            draft.Data = DataSection.Read(data);
            draft.Options = draft.Options with { QualityPolicy = draft.Data.QualityPolicy };
        }
        if (optimizationKey is not null && top.Get(optimizationKey) is { } optimization) OptimizationSection.Read(source, optimization, optimizationKey, draft.Options.Strategy, draft);
    }
}
