namespace Backtest.Engine.Simulation;

/// <summary>
/// An <see cref="IMarginModel"/>'s answer for one position. A struct: the simulator asks every bar.
/// </summary>
/// <param name="Notional">|quantity| × mark price.</param>
/// <param name="InitialMargin">Margin the position takes: notional / leverage (spot: the whole notional).</param>
/// <param name="MaintenanceMargin">Margin below which it is liquidated, at the mark price: notional × rate − cum (spot: 0).</param>
/// <param name="MaxLeverage">Highest leverage the notional's bracket allows (spot: 1).</param>
/// <param name="Liquidation">Where the position is liquidated (<see cref="LiquidationEstimate.None"/> when never).</param>
public readonly record struct MarginEvaluation(double Notional, double InitialMargin, double MaintenanceMargin, double MaxLeverage, LiquidationEstimate Liquidation);
