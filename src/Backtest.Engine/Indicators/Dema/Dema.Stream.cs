namespace Backtest.Engine.Indicators;

/// <summary>Streaming DEMA: same numbers as <see cref="Dema.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class DemaStream(int lookbackPeriods = DemaParameters.DefaultLookbackPeriods)
    : ValueStream<DemaKernel>(new DemaKernel(new DemaParameters(lookbackPeriods)));
