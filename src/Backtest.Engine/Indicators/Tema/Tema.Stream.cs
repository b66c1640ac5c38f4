namespace Backtest.Engine.Indicators;

/// <summary>Streaming TEMA: same numbers as <see cref="Tema.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class TemaStream(int lookbackPeriods = TemaParameters.DefaultLookbackPeriods)
    : ValueStream<TemaKernel>(new TemaKernel(new TemaParameters(lookbackPeriods)));
