namespace Backtest.Engine.Indicators;

/// <summary>Streaming Chandelier exit: same numbers as <see cref="Chandelier.Series(Data.CandleSeries, int, double, int)"/>.</summary>
/// <param name="lookbackPeriods">Window and ATR length.</param>
/// <param name="multiplier">Distance in ATRs.</param>
/// <param name="type">0 = Long, 1 = Short.</param>
public sealed class ChandelierStream(
    int lookbackPeriods = ChandelierParameters.DefaultLookbackPeriods, double multiplier = ChandelierParameters.DefaultMultiplier,
    int type = ChandelierParameters.DefaultType)
    : HighLowCloseStream<ChandelierKernel>(new ChandelierKernel(new ChandelierParameters(lookbackPeriods, multiplier, type)));
