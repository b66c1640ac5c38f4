namespace Backtest.Engine.Simulation;

/// <summary>What one entry may use when it fills.</summary>
/// <param name="Cash">Cash the entry may spend on its margin (the whole notional unleveraged) and fee.</param>
/// <param name="Equity">The equity percent-of-equity and risk sizing measure against.</param>
/// <param name="MaxNotional">The largest entry value the exposure caps allow (infinity without caps).</param>
internal readonly record struct EntryBudget(double Cash, double Equity, double MaxNotional);
