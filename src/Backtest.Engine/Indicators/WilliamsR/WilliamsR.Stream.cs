namespace Backtest.Engine.Indicators;

/// <summary>Streaming Williams %R: same numbers as <see cref="WilliamsR.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class WilliamsRStream(int lookbackPeriods = WilliamsRParameters.DefaultLookbackPeriods)
    : HighLowCloseStream<WilliamsRKernel>(new WilliamsRKernel(new WilliamsRParameters(lookbackPeriods)));
