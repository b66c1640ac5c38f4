using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// USD-M perpetual futures in data form: leverage, margin mode, the maintenance-margin bracket table, the
/// liquidation fee and where funding rates come from. A backtest with no <see cref="FuturesSpec"/> is a spot backtest.
/// </summary>
public sealed record FuturesSpec
{
    /// <summary>Leverage: initial margin is notional / leverage (1 to 125).</summary>
    public double Leverage { get; init; } = 1;

    /// <summary>Isolated (default) or cross margin.</summary>
    public MarginMode MarginMode { get; init; } = MarginMode.Isolated;

    /// <summary>Maintenance-margin brackets, lowest notional first; null uses Binance's BTCUSDT table.</summary>
    public IReadOnlyList<MarginBracket>? Brackets { get; init; }

    /// <summary>Liquidation clearance fee as a fraction of the notional at the liquidation price.</summary>
    public double LiquidationFeeRate { get; init; } = 0.0125;

    /// <summary>Apply funding payments (default true); needs funding rates for every symbol traded.</summary>
    public bool Funding { get; init; } = true;

    /// <summary>
    /// Funding-rate file (<c>funding_time,funding_interval_hours,funding_rate</c>) for a single-symbol run, or null to
    /// take the rates from the candles' source (Binance) when it has them.
    /// </summary>
    public string? FundingRatesPath { get; init; }

    /// <summary>Throws unless the values are usable.</summary>
    /// <exception cref="BacktestException">A bad value (InvalidArgument naming it and what is allowed).</exception>
    public void Validate()
    {
        if (!(Leverage >= 1 && Leverage <= 125)) throw Invalid("leverage", $"must be from 1 to 125; got {Leverage}");
        if (!Enum.IsDefined(MarginMode)) throw Invalid("margin_mode", $"must be isolated or cross; got {(int)MarginMode}");
        if (!(LiquidationFeeRate >= 0 && LiquidationFeeRate < 0.5)) throw Invalid("liquidation_fee", $"must be a fraction from 0 to below 0.5; got {LiquidationFeeRate}");
        if (Brackets is { } brackets) MarginBracket.ValidateTable(brackets);
    }

    private static BacktestException Invalid(string name, string what) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"Futures: {name} {what}."), name);
}
