namespace Backtest.Engine.Indicators;

/// <summary>Streaming ADX: same numbers as <see cref="Adx.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class AdxStream(int lookbackPeriods = AdxParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private AdxKernel _kernel = new(new AdxParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 5;

    /// <summary>Takes the next bar.</summary>
    public AdxPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Pdi;
        outputs[1] = point.Mdi;
        outputs[2] = point.Dx;
        outputs[3] = point.Adx;
        outputs[4] = point.Adxr;
    }
}
