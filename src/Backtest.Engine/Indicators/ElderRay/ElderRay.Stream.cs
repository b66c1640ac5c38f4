namespace Backtest.Engine.Indicators;

/// <summary>Streaming Elder-ray index: same numbers as <see cref="ElderRay.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class ElderRayStream(int lookbackPeriods = ElderRayParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private ElderRayKernel _kernel = new(new ElderRayParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public ElderRayPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Ema;
        outputs[1] = point.BullPower;
        outputs[2] = point.BearPower;
    }
}
