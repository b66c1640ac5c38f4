namespace Backtest.Engine.Indicators;

/// <summary>Streaming volatility stop: same numbers as <see cref="VolatilityStop.Series(Data.CandleSeries, int, double)"/>.</summary>
public sealed class VolatilityStopStream(
    int lookbackPeriods = VolatilityStopParameters.DefaultLookbackPeriods, double multiplier = VolatilityStopParameters.DefaultMultiplier)
    : IIndicatorStream
{
    private VolatilityStopKernel _kernel = new(new VolatilityStopParameters(lookbackPeriods, multiplier));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next bar.</summary>
    public VolatilityStopPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Sar;
        outputs[1] = point.IsStop;
    }
}
