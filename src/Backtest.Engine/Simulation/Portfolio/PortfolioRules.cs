using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// The rules of a multi-symbol portfolio sharing one cash account: how many positions may be open at once and how
/// much of the equity one symbol, and all together, may hold.
/// </summary>
public sealed record PortfolioRules
{
    /// <summary>No limits beyond the cash (every symbol may hold a position).</summary>
    public static PortfolioRules Unlimited { get; } = new();

    /// <summary>Most positions open at once; 0 means one per symbol.</summary>
    public int MaxPositions { get; init; }

    /// <summary>Largest entry value of one symbol's position as a fraction of equity (1 = 100 %), times the leverage for futures.</summary>
    public double MaxSymbolExposure { get; init; } = 1;

    /// <summary>Largest entry value of all open positions together as a fraction of equity (1 = 100 %), times the leverage for futures.</summary>
    public double MaxTotalExposure { get; init; } = 1;

    /// <summary>Throws unless the values are usable.</summary>
    /// <exception cref="BacktestException">A bad value (InvalidArgument naming it).</exception>
    public void Validate()
    {
        if (MaxPositions < 0) throw Invalid("max_positions", $"must be 0 (one per symbol) or more; got {MaxPositions}");
        if (!(MaxSymbolExposure > 0 && MaxSymbolExposure <= 125)) throw Invalid("max_symbol_exposure", $"must be above 0 and at most 125 (a fraction of equity); got {MaxSymbolExposure}");
        if (!(MaxTotalExposure > 0 && MaxTotalExposure <= 125)) throw Invalid("max_total_exposure", $"must be above 0 and at most 125 (a fraction of equity); got {MaxTotalExposure}");
    }

    private static BacktestException Invalid(string name, string what) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"Portfolio: {name} {what}."), name);
}
