namespace Backtest.Engine.Indicators;

/// <summary>Streaming ulcer index: same numbers as <see cref="UlcerIndex.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class UlcerIndexStream(int lookbackPeriods = UlcerIndexParameters.DefaultLookbackPeriods)
    : ValueStream<UlcerIndexKernel>(new UlcerIndexKernel(new UlcerIndexParameters(lookbackPeriods)));
