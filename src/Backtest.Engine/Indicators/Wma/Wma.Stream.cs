namespace Backtest.Engine.Indicators;

/// <summary>Streaming WMA: same numbers as <see cref="Wma.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class WmaStream(int lookbackPeriods = WmaParameters.DefaultLookbackPeriods)
    : ValueStream<WmaKernel>(new WmaKernel(new WmaParameters(lookbackPeriods)));
