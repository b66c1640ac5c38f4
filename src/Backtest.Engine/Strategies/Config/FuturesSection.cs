using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>futures</c>: a USD-M perpetual futures backtest — <c>leverage</c> (1–125), <c>margin_mode</c>
/// (isolated|cross), <c>liquidation_fee</c> (fraction), <c>funding</c> (true|false), <c>funding_rates</c> (a file,
/// relative to the config), <c>brackets</c> (rows of notional_floor, maintenance_margin_rate, max_leverage).
/// </summary>
internal static class FuturesSection
{
    public static FuturesSpec Read(ConfigSection s)
    {
        var source = s.Source;
        var spec = new FuturesSpec();
        string liquidation = OneOf(s, "liquidation_fee", "liquidation_fee_rate"), rates = OneOf(s, "funding_rates", "funding_rates_path");
        spec = spec with
        {
            Leverage = s.Number("leverage", v => v >= 1 && v <= 125, "a number from 1 to 125") ?? spec.Leverage,
            MarginMode = s.Choice("margin_mode", "isolated", "cross") is { } mode ? (mode == "cross" ? MarginMode.Cross : MarginMode.Isolated) : spec.MarginMode,
            LiquidationFeeRate = s.Number(liquidation, v => v >= 0 && v < 0.5, "a fraction from 0 to below 0.5 of the notional") ?? spec.LiquidationFeeRate,
            Funding = s.Boolean("funding") ?? spec.Funding,
            FundingRatesPath = s.Get(rates) is { } path ? source.ExistingFile(path, s.KeyPath(rates)) : null,
            Brackets = s.Get("brackets") is { } brackets ? Brackets(source, brackets, s.KeyPath("brackets")) : null,
        };
        if (spec.Brackets is { } table)
        {
            try
            {
                MarginBracket.ValidateTable(table);
            }
            catch (Errors.BacktestException ex)
            {
                throw source.Invalid(s.Get("brackets")!, s.KeyPath("brackets"), ex.Message);
            }
        }
        return spec;
    }

    /// <summary>The key of two spellings that is given (both given is a duplicate).</summary>
    internal static string OneOf(ConfigSection s, string key, string alias)
    {
        if (s.Has(key) && s.Has(alias)) throw s.Source.Invalid(s.Line, s.KeyPath(alias), $"duplicate of {s.KeyPath(key)}; give one of them");
        return s.Has(alias) ? alias : key;
    }

    private static List<MarginBracket> Brackets(ConfigSource source, ConfigNode node, string path)
    {
        if (node is not ConfigList list) throw source.Invalid(node, path, $"got {node.Describe()}; expected a list of brackets, each with {string.Join(", ", CanonicalSchema.Bracket)}");
        var rows = new List<MarginBracket>();
        for (int i = 0; i < list.Items.Count; i++)
        {
            var row = new ConfigSection(source, list.Items[i], $"{path}[{i}]", CanonicalSchema.Bracket);
            double Required(string key, Func<double, bool> ok, string expected) =>
                row.Number(key, ok, expected) ?? throw source.Invalid(row.Line, row.KeyPath(key), $"missing; expected {expected}");
            rows.Add(new MarginBracket(
                Required("notional_floor", v => v >= 0, "a notional from 0 up"),
                Required("maintenance_margin_rate", v => v > 0 && v < 1, "a fraction above 0 and below 1"),
                Required("max_leverage", v => v >= 1 && v <= 125, "a number from 1 to 125")));
        }
        return rows;
    }
}
