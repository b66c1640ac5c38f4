namespace Backtest.Engine.Indicators;

/// <summary>One bar of the accumulation/distribution line.</summary>
/// <param name="Adl">The cumulative line.</param>
/// <param name="MoneyFlowMultiplier">Close location in the bar's range, −1..1 (0 for a bar without range).</param>
/// <param name="MoneyFlowVolume">Multiplier × volume: this bar's contribution.</param>
public readonly record struct AdlPoint(double Adl, double MoneyFlowMultiplier, double MoneyFlowVolume);

/// <summary>Accumulation/distribution columns, one value per bar.</summary>
/// <param name="Adl">Cumulative line.</param>
/// <param name="MoneyFlowMultiplier">Money flow multiplier.</param>
/// <param name="MoneyFlowVolume">Money flow volume.</param>
public sealed record AdlResult(double[] Adl, double[] MoneyFlowMultiplier, double[] MoneyFlowVolume);
