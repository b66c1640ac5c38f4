namespace Backtest.Engine.Indicators;

/// <summary>Streaming Donchian channels: same numbers as <see cref="Donchian.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class DonchianStream(int lookbackPeriods = DonchianParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private DonchianKernel _kernel = new(new DonchianParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 4;

    /// <summary>Takes the next bar.</summary>
    public DonchianPoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.UpperBand;
        outputs[1] = point.Centerline;
        outputs[2] = point.LowerBand;
        outputs[3] = point.Width;
    }
}
