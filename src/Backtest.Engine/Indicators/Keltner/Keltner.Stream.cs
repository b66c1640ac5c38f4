namespace Backtest.Engine.Indicators;

/// <summary>Streaming Keltner channels: same numbers as <see cref="Keltner.Series(Data.CandleSeries, int, double, int)"/>.</summary>
public sealed class KeltnerStream : IIndicatorStream
{
    private KeltnerKernel _kernel;

    /// <summary>Creates a stream.</summary>
    public KeltnerStream(
        int emaPeriods = KeltnerParameters.DefaultEmaPeriods, double multiplier = KeltnerParameters.DefaultMultiplier,
        int atrPeriods = KeltnerParameters.DefaultAtrPeriods) =>
        _kernel = new KeltnerKernel(new KeltnerParameters(emaPeriods, multiplier, atrPeriods));

    /// <inheritdoc />
    public int OutputCount => 4;

    /// <summary>Takes the next bar.</summary>
    public KeltnerPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.UpperBand;
        outputs[1] = point.Centerline;
        outputs[2] = point.LowerBand;
        outputs[3] = point.Width;
    }
}
