namespace Backtest.Engine.Indicators;

/// <summary>Streaming CCI: same numbers as <see cref="Cci.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class CciStream(int lookbackPeriods = CciParameters.DefaultLookbackPeriods)
    : HighLowCloseStream<CciKernel>(new CciKernel(new CciParameters(lookbackPeriods)));
