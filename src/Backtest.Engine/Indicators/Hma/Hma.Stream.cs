namespace Backtest.Engine.Indicators;

/// <summary>Streaming HMA: same numbers as <see cref="Hma.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class HmaStream(int lookbackPeriods = HmaParameters.DefaultLookbackPeriods)
    : ValueStream<HmaKernel>(new HmaKernel(new HmaParameters(lookbackPeriods)));
