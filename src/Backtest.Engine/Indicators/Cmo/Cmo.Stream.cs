namespace Backtest.Engine.Indicators;

/// <summary>Streaming CMO: same numbers as <see cref="Cmo.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class CmoStream(int lookbackPeriods = CmoParameters.DefaultLookbackPeriods)
    : ValueStream<CmoKernel>(new CmoKernel(new CmoParameters(lookbackPeriods)));
