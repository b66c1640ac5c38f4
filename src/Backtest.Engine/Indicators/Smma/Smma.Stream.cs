namespace Backtest.Engine.Indicators;

/// <summary>Streaming SMMA: same numbers as <see cref="Smma.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class SmmaStream(int lookbackPeriods = SmmaParameters.DefaultLookbackPeriods)
    : ValueStream<SmmaKernel>(new SmmaKernel(new SmmaParameters(lookbackPeriods)));
