namespace Backtest.Engine.Indicators;

/// <summary>Streaming T3: same numbers as <see cref="T3.Series(ReadOnlySpan{double}, int, double)"/>.</summary>
public sealed class T3Stream(int lookbackPeriods = T3Parameters.DefaultLookbackPeriods, double volumeFactor = T3Parameters.DefaultVolumeFactor)
    : ValueStream<T3Kernel>(new T3Kernel(new T3Parameters(lookbackPeriods, volumeFactor)));
