namespace Backtest.Engine.Indicators;

/// <summary>Streaming choppiness index: same numbers as <see cref="Chop.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class ChopStream(int lookbackPeriods = ChopParameters.DefaultLookbackPeriods)
    : HighLowCloseStream<ChopKernel>(new ChopKernel(new ChopParameters(lookbackPeriods)));
