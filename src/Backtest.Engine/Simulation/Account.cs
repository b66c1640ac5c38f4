namespace Backtest.Engine.Simulation;

/// <summary>
/// The cash one simulation's positions share. A single-symbol run has one of its own; a portfolio's books (one
/// <see cref="SimulationEngine"/> per symbol) share one, and the portfolio answers how much of it an entry may use.
/// Cash follows the spot identity for every market: equity = cash + Σ position × price (a short's proceeds and a
/// leveraged long's borrowed notional both sit in the cash).
/// </summary>
internal sealed class Account(double initialCash)
{
    /// <summary>Cash in the quote currency.</summary>
    public double Cash = initialCash;

    /// <summary>Starting cash.</summary>
    public double InitialCash { get; } = initialCash;

    /// <summary>The portfolio that limits entries, or null for a single-symbol run.</summary>
    public PortfolioEngine? Portfolio { get; set; }
}
