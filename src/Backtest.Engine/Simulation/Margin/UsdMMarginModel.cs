using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Binance USD-M perpetual margin from a <see cref="FuturesSpec"/>: initial margin = notional / leverage, maintenance
/// margin from the bracket table, liquidation price by <see cref="Liquidation.Estimate"/> in the spec's margin mode.
/// </summary>
public sealed class UsdMMarginModel : IMarginModel
{
    /// <summary>Creates the model.</summary>
    /// <exception cref="BacktestException">The spec is unusable (InvalidArgument naming the value).</exception>
    public UsdMMarginModel(FuturesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        Spec = spec;
        Brackets = MarginBrackets.For(spec);
    }

    /// <summary>The futures settings.</summary>
    public FuturesSpec Spec { get; }

    /// <summary>The bracket table in use (the spec's, or Binance's BTCUSDT table).</summary>
    public MarginBrackets Brackets { get; }

    /// <inheritdoc />
    public MarginEvaluation Evaluate(in MarginContext context)
    {
        double notional = Math.Abs(context.Quantity) * context.MarkPrice;
        int k = Brackets.IndexOf(notional);
        var liquidation = Spec.MarginMode == MarginMode.Isolated
            ? Liquidation.Isolated(context.Quantity, context.EntryPrice, context.IsolatedMargin, Brackets)
            : Liquidation.Estimate(context.Quantity, context.EntryPrice, context.WalletBalance, context.OtherMaintenanceMargin, context.OtherUnrealizedPnl, Brackets);
        return new MarginEvaluation(
            notional,
            notional / Spec.Leverage,
            notional * Brackets.Rate(k) - Brackets.MaintenanceAmount(k),
            Brackets.MaxLeverage(k),
            liquidation);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"USD-M {Spec.MarginMode.ToString().ToLowerInvariant()} {Spec.Leverage}x, {Brackets.Count} brackets, liquidation fee {Spec.LiquidationFeeRate}");
}
