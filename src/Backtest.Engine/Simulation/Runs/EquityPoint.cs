namespace Backtest.Engine.Simulation;

/// <summary>One point of an equity curve.</summary>
/// <param name="Time">Open time (UTC) of the bar; the value is marked at its close.</param>
/// <param name="Equity">Cash plus the position marked at the close.</param>
public sealed record EquityPoint(DateTime Time, double Equity);
