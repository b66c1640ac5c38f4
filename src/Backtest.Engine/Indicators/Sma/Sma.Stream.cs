namespace Backtest.Engine.Indicators;

/// <summary>Streaming SMA: same numbers as <see cref="Sma.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class SmaStream(int lookbackPeriods = SmaParameters.DefaultLookbackPeriods)
    : ValueStream<SmaKernel>(new SmaKernel(new SmaParameters(lookbackPeriods)));
