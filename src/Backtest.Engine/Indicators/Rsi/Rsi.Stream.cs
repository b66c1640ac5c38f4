namespace Backtest.Engine.Indicators;

/// <summary>Streaming RSI: same numbers as <see cref="Rsi.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class RsiStream(int lookbackPeriods = RsiParameters.DefaultLookbackPeriods)
    : ValueStream<RsiKernel>(new RsiKernel(new RsiParameters(lookbackPeriods)));
