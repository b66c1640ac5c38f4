namespace Backtest.Engine.Simulation;

/// <summary>One point of an equity curve.</summary>
/// <param name="Time">Open time (UTC) of the bar; the values are taken at its close.</param>
/// <param name="Equity">Cash plus the position marked at the close.</param>
/// <param name="DrawdownPct">How far equity is below its running peak (the initial cash included), in percent, 0 or more.</param>
public sealed record EquityPoint(DateTime Time, double Equity, double DrawdownPct);
