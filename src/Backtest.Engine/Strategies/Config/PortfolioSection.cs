using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// <c>portfolio</c>: cash, fees, slippage, sizing, lot rules and the multi-symbol rules. Fees are fractions of the
/// traded value per fill; slippage and sizing take the text forms of <see cref="SlippageSpec"/> and
/// <see cref="SizingSpec"/> (a bare slippage number is basis points).
/// </summary>
internal static class PortfolioSection
{
    private const string Fraction = "a fraction from 0 up to (not including) 1, e.g. 0.001 for 0.1 %";
    private const string Exposure = "a fraction of equity above 0 and at most 125 (1 = 100 %)";

    public static BacktestOptions Apply(ConfigSection s, BacktestOptions options)
    {
        var source = s.Source;
        var rules = options.Portfolio ?? PortfolioRules.Unlimited;
        bool hasRules = s.Has("max_positions") || s.Has("max_symbol_exposure") || s.Has("max_total_exposure");
        return options with
        {
            InitialCash = s.Number("initial_cash", v => v > 0, "a number above 0") ?? options.InitialCash,
            Fee = s.Number("fee", v => v >= 0 && v < 1, Fraction) ?? options.Fee,
            MakerFee = s.Number("maker_fee", v => v >= 0 && v < 1, Fraction) ?? options.MakerFee,
            FixedFee = s.Number("fixed_fee", v => v >= 0, "a number from 0 up (quote currency per fill)") ?? options.FixedFee,
            Slippage = s.Get("slippage") is { } slippage ? source.Parse(slippage, s.KeyPath("slippage"), SlippageSpec.Parse) : options.Slippage,
            Sizing = s.Get("sizing") is { } sizing ? source.Parse(sizing, s.KeyPath("sizing"), SizingSpec.Parse) : options.Sizing,
            QuantityStep = s.Number("quantity_step", v => v >= 0, "a number from 0 up (0 for none)") ?? options.QuantityStep,
            MinNotional = s.Number("min_notional", v => v >= 0, "a number from 0 up (0 for none)") ?? options.MinNotional,
            Portfolio = !hasRules ? options.Portfolio : rules with
            {
                MaxPositions = s.Integer("max_positions", 0) ?? rules.MaxPositions,
                MaxSymbolExposure = s.Number("max_symbol_exposure", v => v > 0 && v <= 125, Exposure) ?? rules.MaxSymbolExposure,
                MaxTotalExposure = s.Number("max_total_exposure", v => v > 0 && v <= 125, Exposure) ?? rules.MaxTotalExposure,
            },
        };
    }
}
