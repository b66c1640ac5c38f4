namespace Backtest.Engine.Indicators;

/// <summary>Streaming EMA: same numbers as <see cref="Ema.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class EmaStream(int lookbackPeriods = EmaParameters.DefaultLookbackPeriods)
    : ValueStream<EmaKernel>(new EmaKernel(new EmaParameters(lookbackPeriods)));
