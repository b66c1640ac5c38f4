namespace Backtest.Engine.Indicators;

/// <summary>Streaming ATR trailing stop: same numbers as <see cref="AtrStop.Series(Data.CandleSeries, int, double, int)"/>.</summary>
/// <param name="lookbackPeriods">ATR length.</param>
/// <param name="multiplier">Stop distance in ATRs.</param>
/// <param name="endType">0 = Close, 1 = HighLow.</param>
public sealed class AtrStopStream(
    int lookbackPeriods = AtrStopParameters.DefaultLookbackPeriods, double multiplier = AtrStopParameters.DefaultMultiplier,
    int endType = AtrStopParameters.DefaultEndType) : IIndicatorStream
{
    private AtrStopKernel _kernel = new(new AtrStopParameters(lookbackPeriods, multiplier, endType));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public AtrStopPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.AtrStop;
        outputs[1] = point.Direction;
        outputs[2] = point.Atr;
    }
}
