namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// The fifth seed project's JSON layout:
/// <code>
/// { "strategy_name": "DMA ATR trend", "strategy_class": "DualMovingAverageATR",
///   "technical_parameters": { "short_window": 20, "long_window": 50, "atr_multiplier": 2.0 },
///   "risk_management": { "stop_loss": 0.02, "take_profit": 0.04 },
///   "portfolio_parameters": { "init_cash": 10000, "fees": 0.001, "slippage": 0.0005 },
///   "optimization_ranges": { "short_window": { "min": 10, "max": 30, "step": 5 } } }
/// </code>
/// The strategy is the first of <c>strategy_class</c>, <c>strategy_name</c> that the alias table or the catalog knows;
/// parameter names go through <see cref="ParameterAliases"/>. <c>fees</c> and <c>slippage</c> are fractions of the
/// traded value (vectorbt's convention; slippage 0.0005 = 5 bps). The canonical <c>futures</c>, <c>data</c> and
/// <c>execution</c> sections may be added.
/// </summary>
internal static class StrategyClassBinder
{
    private static readonly string[] TopLevel =
        ["strategy_name", "strategy_class", "description", "technical_parameters", "risk_management", "portfolio_parameters",
         "optimization_ranges", "futures", "data", "execution"];

    private static readonly string[] Portfolio = ["init_cash", "fees", "slippage"];

    public static ConfigDraft Bind(ConfigMap map, ConfigSource source)
    {
        var top = new ConfigSection(source, map, "", TopLevel, CanonicalSchema.SectionOf);
        var draft = new ConfigDraft(ConfigShape.StrategyClass);
        _ = top.Text("description");
        ConfigNode? named = null;
        string? strategy = null;
        foreach (string key in (string[])["strategy_class", "strategy_name"])
        {
            if (top.Get(key) is not { } node) continue;
            named ??= node;
            if (ParameterAliases.Strategy(source.Text(node, key)) is { } found)
            {
                strategy = found;
                draft.StrategyAt = (node.Line, key);
                break;
            }
        }
        if (strategy is null)
        {
            string got = named is null ? "neither strategy_class nor strategy_name" : $"'{source.Text(named, "strategy_class")}'";
            throw source.Invalid(named?.Line ?? map.Line, "strategy_class",
                $"got {got}; expected a catalogued strategy ({string.Join(", ", StrategyCatalog.All.Select(e => e.Name))}) or a class name from the table in docs/config.md");
        }
        draft.Options = draft.Options with { Strategy = strategy };
        if (top.Get("technical_parameters") is { } parameters) ParametersSection.Read(source, parameters, "technical_parameters", strategy, draft, aliases: true);
        if (top.Section("portfolio_parameters", Portfolio) is { } portfolio)
        {
            draft.Options = draft.Options with
            {
                InitialCash = portfolio.Number("init_cash", v => v > 0, "a number above 0") ?? draft.Options.InitialCash,
                Fee = portfolio.Number("fees", v => v >= 0 && v < 1, "a fraction from 0 up to (not including) 1, e.g. 0.001 for 0.1 %") ?? draft.Options.Fee,
                Slippage = portfolio.Get("slippage") is { } slippage ? Slippage(source, slippage, portfolio.KeyPath("slippage")) : draft.Options.Slippage,
            };
        }
        CanonicalBinder.ReadShared(top, draft, optimizationKey: null);
        if (top.Get("optimization_ranges") is { } ranges) OptimizationSection.Read(source, ranges, "optimization_ranges", strategy, draft, aliases: true);
        return draft;
    }

    // A number is a fraction of the price (0.0005 = 5 bps); text takes the canonical forms (5bps, atr:0.1).
    private static Simulation.SlippageSpec Slippage(ConfigSource source, ConfigNode node, string path) =>
        node is ConfigScalar { IsString: false } s && double.TryParse(s.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? new Simulation.SlippageSpec(Simulation.SlippageKind.FixedBps, Math.Round(source.Number(node, path, v => v >= 0 && v < 0.1, "a fraction of the price from 0 to below 0.1 (0.0005 = 5 bps)") * 10_000, 9))
            : source.Parse(node, path, Simulation.SlippageSpec.Parse);
}
