namespace Backtest.Engine.Strategies.Config;

/// <summary>The keys of the canonical schema, section by section (docs/config.md documents each).</summary>
internal static class CanonicalSchema
{
    public static readonly string[] TopLevel =
        ["strategy", "description", "parameters", "indicators", "risk_management", "portfolio", "futures", "data", "execution", "optimization"];

    public static readonly string[] RiskManagement = ["stop_loss", "take_profit", "trailing_stop", "atr_period"];

    public static readonly string[] Portfolio =
        ["initial_cash", "fee", "maker_fee", "fixed_fee", "slippage", "sizing", "quantity_step", "min_notional",
         "max_positions", "max_symbol_exposure", "max_total_exposure"];

    public static readonly string[] Futures =
        ["leverage", "margin_mode", "liquidation_fee", "liquidation_fee_rate", "funding", "funding_rates", "funding_rates_path", "brackets"];

    public static readonly string[] Bracket = ["notional_floor", "maintenance_margin_rate", "max_leverage"];

    public static readonly string[] Data = ["symbols", "symbol", "interval", "start", "end", "source", "paths", "path", "top", "quality_policy"];

    public static readonly string[] Execution = ["fill", "end_of_data", "intrabar", "seed"];

    public static readonly string[] Range = ["min", "max", "step", "values"];

    private static readonly (string Section, string[] Keys)[] Sections =
        [("risk_management", RiskManagement), ("portfolio", Portfolio), ("futures", Futures), ("data", Data), ("execution", Execution)];

    /// <summary>
    /// Where a misplaced or misspelt top-level key belongs: <c>fee</c> → " It belongs under portfolio (portfolio.fee).",
    /// <c>intial_cash</c> → " Did you mean portfolio.initial_cash?"; null when no section key is close.
    /// </summary>
    public static string? SectionOf(string key)
    {
        string normal = StrategyCatalog.NormalizeName(key);
        var all = Sections.SelectMany(s => s.Keys.Select(k => $"{s.Section}.{k}")).ToList();
        if (all.FirstOrDefault(k => StrategyCatalog.NormalizeName(k[(k.IndexOf('.', StringComparison.Ordinal) + 1)..]) == normal) is { } exact)
        {
            return $" It belongs under {exact[..exact.IndexOf('.', StringComparison.Ordinal)]} ({exact}).";
        }
        string? close = NameSuggestion.Closest(key, all, k => StrategyCatalog.NormalizeName(k[(k.IndexOf('.', StringComparison.Ordinal) + 1)..]));
        return close is null ? null : $" Did you mean {close}?";
    }
}
